/**
 * Recruitment corridors: origin country → destination country, each pair once per recruiter.
 * `createCorridor` joins the caller's transaction (the importer uses it).
 */
import { countryName } from "@/modules/reference/countries";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, Tx } from "@/server/db";

import type { TRecruitmentCorridor, TRecruitmentCorridorInput } from "../schemas";
import { corridorSelect, toCorridor } from "./dto";
import { lockActiveRecruiter } from "./guards";

export const createCorridor = async ({
  tx,
  actor,
  organizationId,
  recruiterId,
  input,
}: {
  tx: Tx;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  input: TRecruitmentCorridorInput;
}): Promise<TRecruitmentCorridor> => {
  // The recruiter's row lock makes this check and the insert one step for concurrent callers;
  // the unique index stays the last line of defence.
  await lockActiveRecruiter(tx, { organizationId, recruiterId });
  const existing = await tx.recruitmentCorridor.findFirst({
    where: {
      organizationId,
      recruiterId,
      originCountry: input.originCountry,
      destinationCountry: input.destinationCountry,
    },
    select: { id: true },
  });
  if (existing) {
    throw new AppError("CONFLICT", {
      userMessageKey: "recruiters.corridorExists",
      userMessageValues: {
        origin: countryName(input.originCountry),
        destination: countryName(input.destinationCountry),
      },
    });
  }
  const created = toCorridor(
    await tx.recruitmentCorridor.create({
      data: { organizationId, recruiterId, ...input },
      select: corridorSelect,
    }),
  );
  await recordAuditEvent(tx, actor, {
    action: "recruitment_corridor.created",
    entityType: "recruitment_corridor",
    entityId: created.id,
    after: created,
  });
  return created;
};

export const addCorridor = ({
  db,
  ...options
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  input: TRecruitmentCorridorInput;
}): Promise<TRecruitmentCorridor> => db.$transaction((tx) => createCorridor({ tx, ...options }));

export const removeCorridor = async ({
  db,
  actor,
  organizationId,
  corridorId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  corridorId: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const row = await tx.recruitmentCorridor.findFirst({
      where: { id: corridorId, organizationId },
      select: corridorSelect,
    });
    if (!row) throw new AppError("NOT_FOUND", { userMessageKey: "recruiters.corridorNotFound" });
    await lockActiveRecruiter(tx, { organizationId, recruiterId: row.recruiterId });
    await tx.recruitmentCorridor.delete({ where: { id: corridorId, organizationId } });
    await recordAuditEvent(tx, actor, {
      action: "recruitment_corridor.deleted",
      entityType: "recruitment_corridor",
      entityId: corridorId,
      before: toCorridor(row),
    });
    return { id: corridorId };
  });
