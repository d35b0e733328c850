/**
 * An organisation loads its own (newer) edition of the goods list or the TIP tiers: the file
 * (CSV or XLSX, with the built-in file's columns) is read by the imports module's reader, checked
 * row by row (every problem row is reported, e.g. a country name that does not map), stored as
 * the organisation's edition through the same loader as the built-in data, audited, and then a
 * risk recomputation is requested so that scores use it. Older editions stay.
 */
import { parseFile } from "@/modules/imports/services/parse/parse-file";
import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Logger } from "@/modules/platform/logging/logger";
import { requestRiskRecomputation } from "@/modules/risk/services/request-recomputation";
import type { Db } from "@/server/db";

import type { TEdition, TRowProblem, TUploadEditionFields } from "../schemas";
import { dateOnly, sha256Of, type EditionContent } from "./edition-content";
import { editionSummary } from "./editions";
import { findLoadedEdition, loadEdition, lockEditions } from "./load-edition";
import { parseGoodsList } from "./parse/goods-list";
import { parseFactbookTipTiers } from "./parse/tip-tiers";

const UPLOAD_TIMEOUT_MS = 5 * 60_000;

export type UploadEditionOutcome =
  | { ok: true; edition: TEdition; isRecomputationRequested: boolean }
  | { ok: false; problems: TRowProblem[] };

const contentOf = async (
  dataset: TUploadEditionFields["dataset"],
  file: { name: string; bytes: Uint8Array },
): Promise<{ content: EditionContent; problems: TRowProblem[] }> => {
  const table = await parseFile({ fileName: file.name, bytes: file.bytes });
  switch (dataset) {
    case "goods_list": {
      const { rows, problems } = parseGoodsList(table);
      return { content: { dataset, rows }, problems };
    }
    case "tip_tiers": {
      const { rows, problems } = parseFactbookTipTiers(table);
      return { content: { dataset, rows }, problems };
    }
  }
};

export const uploadEdition = async ({
  db,
  actor,
  organizationId,
  fields,
  file,
  logger,
}: {
  db: Db;
  actor: AuditActor & { userId: string };
  organizationId: string;
  fields: TUploadEditionFields;
  file: { name: string; bytes: Uint8Array };
  logger: Logger;
}): Promise<UploadEditionOutcome> => {
  const { content, problems } = await contentOf(fields.dataset, file);
  if (problems.length > 0) return { ok: false, problems };
  if (content.rows.length === 0) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "reference.upload.noRows" });
  }
  const sha256 = sha256Of([file]);
  const editionId = await db.$transaction(
    async (tx) => {
      await lockEditions(tx);
      const [own, builtIn] = await Promise.all([
        findLoadedEdition(tx, { organizationId, dataset: fields.dataset, sha256 }),
        findLoadedEdition(tx, { organizationId: null, dataset: fields.dataset, sha256 }),
      ]);
      if (own || builtIn) {
        throw new AppError("CONFLICT", {
          userMessageKey: own ? "reference.upload.alreadyLoaded" : "reference.upload.sameAsBuiltIn",
          userMessageValues: { edition: (own ?? builtIn)?.edition ?? "" },
        });
      }
      const loaded = await loadEdition({
        tx,
        organizationId,
        loadedByUserId: actor.userId,
        edition: {
          meta: {
            edition: fields.edition,
            effectiveDate: dateOnly(fields.effectiveDate),
            source: fields.source,
            licence: fields.licence,
          },
          sha256,
          content,
        },
      });
      await recordAuditEvent(tx, actor, {
        action: "reference_edition.loaded",
        entityType: "reference_edition",
        entityId: loaded.id,
        after: {
          dataset: fields.dataset,
          edition: fields.edition,
          effectiveDate: fields.effectiveDate,
          source: fields.source,
          licence: fields.licence,
          rowCount: content.rows.length,
          sha256,
          fileName: file.name.slice(0, 255),
        },
      });
      return loaded.id;
    },
    { timeout: UPLOAD_TIMEOUT_MS, maxWait: 30_000 },
  );

  // After the commit, so that the run reads the new edition. The edition is loaded either way:
  // a failure to queue the run is logged, and the page says scores were not refreshed.
  let isRecomputationRequested = true;
  try {
    await requestRiskRecomputation({
      db,
      organizationId,
      reason: "reference_edition_loaded",
      userId: actor.userId,
      requestId: actor.requestId,
    });
  } catch (error) {
    isRecomputationRequested = false;
    logger.error({ err: error, editionId }, "risk recomputation not requested");
  }
  const edition = await editionSummary({ db, organizationId, id: editionId });
  return { ok: true, edition, isRecomputationRequested };
};
