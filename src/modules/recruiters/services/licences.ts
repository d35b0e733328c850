/**
 * A recruiter's licences: it may hold several (one per country it recruits from, renewals …).
 * `createLicence` joins the caller's transaction (the importer uses it); the rest open their own.
 */
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, Tx } from "@/server/db";
import { rescoreSuppliersUsingRecruiters } from "@/modules/risk/services/recompute-risk";

import type { TRecruiterLicence, TRecruiterLicenceInput } from "../schemas";
import { fromDateOnly, licenceSelect, toLicence } from "./dto";
import { lockActiveRecruiter } from "./guards";

const licenceData = (input: TRecruiterLicenceInput) => ({
  licenceNumber: input.licenceNumber,
  issuingAuthority: input.issuingAuthority,
  issuingCountry: input.issuingCountry,
  status: input.status,
  validFrom: fromDateOnly(input.validFrom),
  validUntil: fromDateOnly(input.validUntil),
});

const licenceNotFound = () =>
  new AppError("NOT_FOUND", { userMessageKey: "recruiters.licenceNotFound" });

/** Adds a licence to a recruiter of the organisation, inside the caller's transaction. */
export const createLicence = async ({
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
  input: TRecruiterLicenceInput;
}): Promise<TRecruiterLicence> => {
  await lockActiveRecruiter(tx, { organizationId, recruiterId });
  const created = toLicence(
    await tx.recruiterLicence.create({
      data: { organizationId, recruiterId, ...licenceData(input) },
      select: licenceSelect,
    }),
  );
  await rescoreSuppliersUsingRecruiters({ tx, organizationId, recruiterIds: [recruiterId] });
  await recordAuditEvent(tx, actor, {
    action: "recruiter_licence.created",
    entityType: "recruiter_licence",
    entityId: created.id,
    after: created,
  });
  return created;
};

export const addLicence = ({
  db,
  ...options
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  input: TRecruiterLicenceInput;
}): Promise<TRecruiterLicence> => db.$transaction((tx) => createLicence({ tx, ...options }));

/** The licence, if it belongs to the organisation, with its recruiter locked and not archived. */
const findLicenceForChange = async (tx: Tx, organizationId: string, licenceId: string) => {
  const row = await tx.recruiterLicence.findFirst({
    where: { id: licenceId, organizationId },
    select: licenceSelect,
  });
  if (!row) throw licenceNotFound();
  await lockActiveRecruiter(tx, { organizationId, recruiterId: row.recruiterId });
  return toLicence(row);
};

export const updateLicence = async ({
  db,
  actor,
  organizationId,
  licenceId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  licenceId: string;
  input: TRecruiterLicenceInput;
}): Promise<TRecruiterLicence> =>
  db.$transaction(async (tx) => {
    const before = await findLicenceForChange(tx, organizationId, licenceId);
    const updated = toLicence(
      await tx.recruiterLicence.update({
        where: { id: licenceId, organizationId },
        data: licenceData(input),
        select: licenceSelect,
      }),
    );
    await rescoreSuppliersUsingRecruiters({
      tx,
      organizationId,
      recruiterIds: [before.recruiterId],
    });
    await recordAuditEvent(tx, actor, {
      action: "recruiter_licence.updated",
      entityType: "recruiter_licence",
      entityId: licenceId,
      before,
      after: updated,
    });
    return updated;
  });

export const removeLicence = async ({
  db,
  actor,
  organizationId,
  licenceId,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  licenceId: string;
}): Promise<{ id: string }> =>
  db.$transaction(async (tx) => {
    const before = await findLicenceForChange(tx, organizationId, licenceId);
    await tx.recruiterLicence.delete({ where: { id: licenceId, organizationId } });
    await rescoreSuppliersUsingRecruiters({
      tx,
      organizationId,
      recruiterIds: [before.recruiterId],
    });
    await recordAuditEvent(tx, actor, {
      action: "recruiter_licence.deleted",
      entityType: "recruiter_licence",
      entityId: licenceId,
      before,
    });
    return { id: licenceId };
  });
