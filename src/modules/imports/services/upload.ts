/**
 * Upload: the file is parsed, kept as a StoredFile, and every data row is staged in import_rows
 * (in bulk) under a new ImportBatch, all in one transaction. When the columns proposed from the
 * headers cover the required fields, the rows are validated against that proposal right away,
 * so the report is ready when the user confirms the mapping unchanged.
 */
import { createHash } from "node:crypto";

import { recordAuditEvent, type AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Db } from "@/server/db";

import type { ImportEntity } from "../fields";
import { isMappingComplete } from "../suggest-mapping";
import { suggestedMappingOf } from "./batches";
import { parseFile } from "./parse/parse-file";
import { createRowChecker } from "./row-checker";
import { mapInSlices, pipelineChunks } from "./slices";
import { insertStagedRows, STAGING_CHUNK_SIZE, type StagedRow } from "./staging";

export const IMPORT_TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export type UploadedFile = { name: string; contentType: string; bytes: Uint8Array<ArrayBuffer> };

export const createImportFromUpload = async ({
  db,
  actor,
  organizationId,
  entity,
  file,
  worksheet = null,
}: {
  db: Db;
  actor: AuditActor & { userId: string };
  organizationId: string;
  entity: ImportEntity;
  file: UploadedFile;
  worksheet?: string | null;
}): Promise<{ id: string; rowCount: number }> => {
  const parsed = await parseFile({ fileName: file.name, bytes: file.bytes, worksheet });
  const mapping = suggestedMappingOf(entity, parsed.headers);
  const validated = isMappingComplete(entity, mapping);
  const check = validated
    ? await createRowChecker({ db, organizationId, entity, mapping, rows: parsed.rows })
    : null;
  let validCount = 0;
  const stageRow = ({ rowNumber, cells }: (typeof parsed.rows)[number]): StagedRow => {
    if (!check) return { rowNumber, cells, errors: [], isValid: false };
    const outcome = check(cells);
    if (outcome.isValid) validCount += 1;
    return { rowNumber, cells, errors: outcome.errors, isValid: outcome.isValid };
  };
  const fileName = file.name.trim().slice(0, 255) || `import.${parsed.format}`;

  return db.$transaction(
    async (tx) => {
      const stored = await tx.storedFile.create({
        data: {
          organizationId,
          purpose: "import",
          fileName,
          contentType: file.contentType.slice(0, 200) || "application/octet-stream",
          byteSize: file.bytes.byteLength,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          content: file.bytes,
          createdByUserId: actor.userId,
        },
        select: { id: true },
      });
      const batch = await tx.importBatch.create({
        data: {
          organizationId,
          entityType: entity,
          fileId: stored.id,
          fileName,
          fileFormat: parsed.format,
          headers: parsed.headers,
          columnMapping: mapping,
          rowCount: parsed.rows.length,
          createdByUserId: actor.userId,
        },
        select: { id: true },
      });
      // Rows are checked chunk by chunk while the previous chunk is being inserted.
      await pipelineChunks({
        items: parsed.rows,
        chunkSize: STAGING_CHUNK_SIZE,
        prepare: (chunk) => mapInSlices(chunk, stageRow),
        write: (rows) => insertStagedRows({ db: tx, organizationId, batchId: batch.id, rows }),
      });
      if (validated) {
        await tx.importBatch.update({
          where: { id: batch.id, organizationId },
          data: {
            validRowCount: validCount,
            invalidRowCount: parsed.rows.length - validCount,
          },
        });
      }
      await recordAuditEvent(tx, actor, {
        action: "import.uploaded",
        entityType: "import_batch",
        entityId: batch.id,
        after: {
          entityType: entity,
          fileName,
          fileFormat: parsed.format,
          encoding: parsed.encoding,
          worksheet: parsed.worksheet,
          rowCount: parsed.rows.length,
          headers: parsed.headers,
        },
      });
      return { id: batch.id, rowCount: parsed.rows.length };
    },
    { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
};
