/**
 * Writes a confirmed recruiter import through the recruiters module's own services (each new
 * recruiter, licence and corridor with its audit event, in this import's transaction). Rows with
 * the same recruiter name (folded) are one recruiter: the first row creates it, later rows add
 * their licences and corridors and fill blanks. A recruiter that already exists is not created
 * again: its blanks are filled and the new licences and corridors are added to it.
 */
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import { createCorridor } from "@/modules/recruiters/services/corridors";
import { toDateOnly } from "@/modules/recruiters/services/dto";
import { createLicence } from "@/modules/recruiters/services/licences";
import { createRecruiter } from "@/modules/recruiters/services/recruiters";
import type { TRecruiterInput, TRecruiterLicenceInput } from "@/modules/recruiters/schemas";
import { normalizeCompanyName } from "@/modules/suppliers/services/normalize";

import { convertRecruiterRow, type RecruiterRowValue } from "../entities/recruiters";
import { foldRegistrationId } from "../entities/sites";
import {
  allRows,
  MAX_RESULT_IDS,
  RowWriteError,
  type WriteContext,
  type WriteOutcome,
} from "./types";

type Group = {
  recruiter: TRecruiterInput;
  licences: TRecruiterLicenceInput[];
  corridors: Map<string, { originCountry: string; destinationCountry: string }>;
  rows: number;
};

/** Blanks of `base` filled from `extra`; countries are the union of both. */
const fillRecruiterBlanks = (base: TRecruiterInput, extra: TRecruiterInput): TRecruiterInput => {
  const takeFee = base.feeAmount === null && extra.feeAmount !== null;
  return {
    ...base,
    countries: [...new Set([...base.countries, ...extra.countries])].sort(),
    feePolicy: base.feePolicy === "unknown" ? extra.feePolicy : base.feePolicy,
    feeAmount: takeFee ? extra.feeAmount : base.feeAmount,
    feeCurrency: takeFee ? extra.feeCurrency : base.feeCurrency,
    website: base.website ?? extra.website,
  };
};

/** Two licences are the same when their numbers match (or, without numbers, everything does). */
const licenceKey = (licence: TRecruiterLicenceInput): string =>
  licence.licenceNumber
    ? `number:${foldRegistrationId(licence.licenceNumber)}|${licence.issuingCountry ?? ""}`
    : `fields:${JSON.stringify([
        licence.issuingAuthority,
        licence.issuingCountry,
        licence.status,
        licence.validFrom,
        licence.validUntil,
      ])}`;

const corridorKey = (corridor: { originCountry: string; destinationCountry: string }) =>
  `${corridor.originCountry}>${corridor.destinationCountry}`;

const addToGroup = (group: Group, value: RecruiterRowValue) => {
  const licence = value.licence;
  if (licence && !group.licences.some((known) => licenceKey(known) === licenceKey(licence))) {
    group.licences.push(licence);
  }
  for (const corridor of value.corridors) group.corridors.set(corridorKey(corridor), corridor);
  group.rows += 1;
};

export const writeRecruiters = async ({
  tx,
  actor,
  organizationId,
  batchId,
  mapping,
  rowChunks,
  progress,
}: WriteContext): Promise<WriteOutcome> => {
  const rows = await allRows(rowChunks);
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const result = convertRecruiterRow(row.cells, mapping);
    if (!result.ok) throw new RowWriteError(row.rowNumber, result.errors[0]);
    const key = normalizeCompanyName(result.value.recruiter.name);
    const group = groups.get(key);
    if (group) {
      group.recruiter = fillRecruiterBlanks(group.recruiter, result.value.recruiter);
      addToGroup(group, result.value);
    } else {
      const fresh: Group = {
        recruiter: result.value.recruiter,
        licences: [],
        corridors: new Map(),
        rows: 0,
      };
      addToGroup(fresh, result.value);
      groups.set(key, fresh);
    }
  }

  const existing = await tx.recruiter.findMany({
    where: { organizationId, archivedAt: null, normalizedName: { in: [...groups.keys()] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      normalizedName: true,
      recruiterType: true,
      countries: true,
      feePolicy: true,
      feeAmount: true,
      feeCurrency: true,
      website: true,
      licences: {
        select: {
          licenceNumber: true,
          issuingAuthority: true,
          issuingCountry: true,
          status: true,
          validFrom: true,
          validUntil: true,
        },
      },
      corridors: { select: { originCountry: true, destinationCountry: true } },
    },
  });
  const existingByName = new Map<string, (typeof existing)[number]>();
  for (const recruiter of existing) {
    if (!existingByName.has(recruiter.normalizedName)) {
      existingByName.set(recruiter.normalizedName, recruiter);
    }
  }

  let created = 0;
  let merged = 0;
  let licencesAdded = 0;
  let corridorsAdded = 0;
  let processed = 0;
  const mergedInto: { id: string; name: string }[] = [];
  for (const [key, group] of groups) {
    const match = existingByName.get(key);
    let recruiterId: string;
    let knownLicences = new Set<string>();
    let knownCorridors = new Set<string>();
    if (match) {
      recruiterId = match.id;
      merged += group.rows;
      if (mergedInto.length < MAX_RESULT_IDS) mergedInto.push({ id: match.id, name: match.name });
      const before: TRecruiterInput = {
        name: match.name,
        recruiterType: match.recruiterType,
        countries: match.countries,
        feePolicy: match.feePolicy,
        feeAmount: match.feeAmount?.toFixed(2) ?? null,
        feeCurrency: match.feeCurrency,
        website: match.website,
      };
      const after = fillRecruiterBlanks(before, group.recruiter);
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        await tx.recruiter.update({
          where: { id: match.id, organizationId },
          data: {
            countries: after.countries,
            feePolicy: after.feePolicy,
            feeAmount: after.feeAmount,
            feeCurrency: after.feeCurrency,
            website: after.website,
          },
        });
        await recordAuditEvent(tx, actor, {
          action: "recruiter.updated",
          entityType: "recruiter",
          entityId: match.id,
          before,
          after: { ...after, importBatchId: batchId },
        });
      }
      knownLicences = new Set(
        match.licences.map((licence) =>
          licenceKey({
            ...licence,
            validFrom: toDateOnly(licence.validFrom),
            validUntil: toDateOnly(licence.validUntil),
          }),
        ),
      );
      knownCorridors = new Set(match.corridors.map(corridorKey));
    } else {
      const recruiter = await createRecruiter({
        tx,
        actor,
        organizationId,
        input: group.recruiter,
        importBatchId: batchId,
      });
      recruiterId = recruiter.id;
      created += 1;
      merged += group.rows - 1;
    }
    for (const licence of group.licences) {
      if (knownLicences.has(licenceKey(licence))) continue;
      await createLicence({ tx, actor, organizationId, recruiterId, input: licence });
      licencesAdded += 1;
    }
    for (const [corridor, input] of group.corridors) {
      if (knownCorridors.has(corridor)) continue;
      await createCorridor({ tx, actor, organizationId, recruiterId, input });
      corridorsAdded += 1;
    }
    processed += group.rows;
    progress.report(processed);
  }
  return {
    created,
    merged,
    queuedAsDuplicates: 0,
    licencesAdded,
    corridorsAdded,
    mergedInto,
  };
};
