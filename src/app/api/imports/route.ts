/**
 * Upload of a spreadsheet to import: multipart form with `file`, `entity` (suppliers, sites or
 * recruiters) and optionally `worksheet` (XLSX). Answers 201 with the new import's id; a broken,
 * empty, huge or unreadable file is a 400 with a message that says what to do.
 */
import { z } from "zod";

import { ZImportEntitySchema } from "@/modules/imports/fields";
import { MAX_UPLOAD_BYTES } from "@/modules/imports/limits";
import { ZUploadResponseSchema } from "@/modules/imports/schemas";
import { createImportFromUpload } from "@/modules/imports/services/upload";
import { AppError } from "@/modules/platform/errors/app-error";
import { withOrgPermission } from "@/server/route-auth";

export const dynamic = "force-dynamic";

/** Multipart overhead allowed on top of the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const ZUploadFormSchema = z.object({
  entity: ZImportEntitySchema,
  file: z.instanceof(File),
  worksheet: z.string().trim().max(200).nullable(),
});

export const POST = (request: Request) =>
  withOrgPermission(request, "data:import", async ({ db, org, actor, logger }) => {
    const declaredLength = Number(request.headers.get("content-length") ?? "0");
    if (declaredLength > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) {
      throw new AppError("INVALID_INPUT", {
        userMessageKey: "imports.fileTooLarge",
        userMessageValues: { max: MAX_UPLOAD_BYTES / (1024 * 1024) },
      });
    }
    const form = await request.formData().catch((error: unknown) => {
      throw new AppError("INVALID_INPUT", { userMessageKey: "imports.badUpload", cause: error });
    });
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError("INVALID_INPUT", {
        userMessageKey: file instanceof File ? "imports.emptyFile" : "imports.fileMissing",
      });
    }
    const parsed = ZUploadFormSchema.safeParse({
      entity: form.get("entity"),
      file,
      worksheet: typeof form.get("worksheet") === "string" ? form.get("worksheet") : null,
    });
    if (!parsed.success) {
      throw new AppError("INVALID_INPUT", { userMessageKey: "imports.entityMissing" });
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      throw new AppError("INVALID_INPUT", {
        userMessageKey: "imports.fileTooLarge",
        userMessageValues: { max: MAX_UPLOAD_BYTES / (1024 * 1024) },
      });
    }
    const result = await createImportFromUpload({
      db,
      actor,
      organizationId: org.organizationId,
      entity: parsed.data.entity,
      file: {
        name: file.name,
        contentType: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
      },
      worksheet: parsed.data.worksheet || null,
    });
    logger.info({ importId: result.id, rowCount: result.rowCount }, "import uploaded");
    return Response.json(ZUploadResponseSchema.parse({ id: result.id }), { status: 201 });
  });
