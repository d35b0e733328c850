/**
 * Recruiters themselves: create, update, archive, restore. Each change writes its audit event in
 * the same transaction. `createRecruiter` joins the caller's transaction so that the importer can
 * create many recruiters all-or-nothing; the procedures use `createRecruiterInTransaction`.
 */
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db, Tx } from "@/server/db";
import { rescoreSuppliersUsingRecruiters } from "@/modules/risk/services/recompute-risk";

import type { TRecruiter, TRecruiterInput } from "../schemas";
import { recruiterAuditView, recruiterSelect, toRecruiter } from "./dto";
import { lockActiveRecruiter, lockRecruiter, recruiterNotFound } from "./guards";

/** The columns a recruiter input writes; the folded name keeps search and matching in step. */
const recruiterData = (input: TRecruiterInput) => ({
  name: input.name,
  normalizedName: normalizeCompanyName(input.name),
  recruiterType: input.recruiterType,
  countries: input.countries,
  feePolicy: input.feePolicy,
  feeAmount: input.feeAmount,
  feeCurrency: input.feeCurrency,
  website: input.website,
});

/**
 * Creates a recruiter inside the caller's transaction and records `recruiter.created` with it.
 * `input` must have been parsed with `ZRecruiterInputSchema`.
 */
export const createRecruiter = async ({
  tx,
  actor,
  organizationId,
  input,
  importBatchId = null,
}: {
  tx: Tx;
  actor: AuditActor;
  organizationId: string;
  input: TRecruiterInput;
  /** The import that creates it, if any. */
  importBatchId?: string | null;
}): Promise<TRecruiter> => {
  const row = await tx.recruiter.create({
    data: { organizationId, importBatchId, ...recruiterData(input) },
    select: recruiterSelect,
  });
  const created = toRecruiter(row);
  await recordAuditEvent(tx, actor, {
    action: "recruiter.created",
    entityType: "recruiter",
    entityId: created.id,
    after: { ...recruiterAuditView(created), importBatchId },
  });
  return created;
};

/** `createRecruiter` in a transaction of its own. */
export const createRecruiterInTransaction = ({
  db,
  ...options
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  input: TRecruiterInput;
}): Promise<TRecruiter> => db.$transaction((tx) => createRecruiter({ tx, ...options }));

const loadRecruiter = async (tx: Tx, organizationId: string, recruiterId: string) => {
  const row = await tx.recruiter.findFirst({
    where: { id: recruiterId, organizationId },
    select: recruiterSelect,
  });
  if (!row) throw recruiterNotFound();
  return toRecruiter(row);
};

export const updateRecruiter = async ({
  db,
  actor,
  organizationId,
  recruiterId,
  input,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  input: TRecruiterInput;
}): Promise<TRecruiter> =>
  db.$transaction(async (tx) => {
    await lockActiveRecruiter(tx, { organizationId, recruiterId });
    const before = await loadRecruiter(tx, organizationId, recruiterId);
    const row = await tx.recruiter.update({
      where: { id: recruiterId, organizationId },
      data: recruiterData(input),
      select: recruiterSelect,
    });
    const updated = toRecruiter(row);
    await rescoreSuppliersUsingRecruiters({ tx, organizationId, recruiterIds: [recruiterId] });
    await recordAuditEvent(tx, actor, {
      action: "recruiter.updated",
      entityType: "recruiter",
      entityId: recruiterId,
      before: recruiterAuditView(before),
      after: recruiterAuditView(updated),
    });
    return updated;
  });

/**
 * Archives (hides from lists, freezes) or restores a recruiter. Its licences, corridors, links
 * and chain are kept, so a restore brings everything back.
 */
const setArchived = async ({
  db,
  actor,
  organizationId,
  recruiterId,
  archive,
}: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
  archive: boolean;
}): Promise<TRecruiter> =>
  db.$transaction(async (tx) => {
    const locked = await lockRecruiter(tx, { organizationId, recruiterId });
    if (locked.isArchived === archive) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessageKey: archive ? "recruiters.alreadyArchived" : "recruiters.notArchived",
        userMessageValues: { name: locked.name },
      });
    }
    const before = await loadRecruiter(tx, organizationId, recruiterId);
    const row = await tx.recruiter.update({
      where: { id: recruiterId, organizationId },
      data: { archivedAt: archive ? new Date() : null },
      select: recruiterSelect,
    });
    const after = toRecruiter(row);
    await rescoreSuppliersUsingRecruiters({ tx, organizationId, recruiterIds: [recruiterId] });
    await recordAuditEvent(tx, actor, {
      action: archive ? "recruiter.archived" : "recruiter.restored",
      entityType: "recruiter",
      entityId: recruiterId,
      before: recruiterAuditView(before),
      after: recruiterAuditView(after),
    });
    return after;
  });

export const archiveRecruiter = (options: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
}) => setArchived({ ...options, archive: true });

export const restoreRecruiter = (options: {
  db: Db;
  actor: AuditActor;
  organizationId: string;
  recruiterId: string;
}) => setArchived({ ...options, archive: false });
