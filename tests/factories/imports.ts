/**
 * Helpers for import tests: spreadsheet files built in memory, uploads through the same service
 * the upload route calls, and waiting for a confirmed import to finish.
 */
import { expect } from "vitest";

import type { ImportEntity } from "@/modules/imports/fields";
import type { ImportDetail } from "@/modules/imports/schemas";
import { waitForImport } from "@/modules/imports/services/confirm";
import { createImportFromUpload, type UploadedFile } from "@/modules/imports/services/upload";

import type { Actor, Caller } from "../support/integration";
import { testDb } from "../support/integration";

/** A CSV file from rows of cells (quoted as needed), UTF-8 without BOM unless asked. */
export const csvFile = (
  rows: readonly (readonly string[])[],
  { name = "import.csv", delimiter = ",", bom = false } = {},
): UploadedFile => {
  const quote = (cell: string) =>
    /[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const text = rows.map((row) => row.map(quote).join(delimiter)).join("\r\n") + "\r\n";
  return {
    name,
    contentType: "text/csv",
    bytes: new TextEncoder().encode(`${bom ? "\uFEFF" : ""}${text}`),
  };
};

export const bytesFile = (name: string, bytes: Uint8Array): UploadedFile => ({
  name,
  contentType: name.endsWith(".xlsx")
    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    : "text/csv",
  bytes: new Uint8Array(bytes),
});

/** Uploads `file` as `actor` (what POST /api/imports does after its permission check). */
export const uploadAs = async (
  actor: Actor,
  organizationId: string,
  entity: ImportEntity,
  file: UploadedFile,
  worksheet: string | null = null,
): Promise<string> => {
  const { id } = await createImportFromUpload({
    db: testDb(),
    actor: { userId: actor.user.id, organizationId, requestId: "test-upload" },
    organizationId,
    entity,
    file,
    worksheet,
  });
  return id;
};

/** Confirms the import and waits until its background run has finished. */
export const confirmAndWait = async (caller: Caller, id: string): Promise<ImportDetail> => {
  await caller.imports.confirmImport({ id });
  await waitForImport(id);
  const detail = await caller.imports.getImport({ id });
  expect(["completed", "failed"]).toContain(detail.status);
  return detail;
};

/** Upload, accept the proposed mapping, confirm, wait: the happy path in one call. */
export const importFile = async (
  actor: Actor,
  organizationId: string,
  entity: ImportEntity,
  file: UploadedFile,
): Promise<ImportDetail> => {
  const id = await uploadAs(actor, organizationId, entity, file);
  const detail = await actor.caller.imports.getImport({ id });
  await actor.caller.imports.setImportMapping({ id, mapping: detail.mapping });
  return confirmAndWait(actor.caller, id);
};

/** A web stream (an export's body) read to the end. */
export const readStream = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
};
