/**
 * POST /api/reference/editions, behind its permission check (the route calls this through
 * `withOrgPermission(…, "reference:manage", …)`): reads the multipart form (the file and the
 * edition's fields), refuses what cannot be an edition with a clear 4xx, and loads the rest
 * through `uploadEdition`. Every failure answers the same JSON shape
 * (`ZUploadEditionFailureSchema`), so the form shows the message, the bad fields, and each bad
 * row with its column.
 *
 *   201  loaded (the new edition, whether it is active, whether scores are being refreshed)
 *   400  unreadable form, no file, empty file, bad fields, unreadable spreadsheet, no rows
 *   409  this file is already loaded (as the organisation's edition or the built-in one)
 *   413  larger than MAX_EDITION_UPLOAD_BYTES
 *   415  not a CSV or XLSX file
 *   422  rows with problems (row, column, value, why); nothing was written
 */
import { AppError, type AppErrorCode } from "@/modules/platform/errors/app-error";
import { toAppError, userMessageFor } from "@/modules/platform/errors/describe-error";
import type { AuditActor } from "@/modules/platform/audit/record-audit-event";
import type { Logger } from "@/modules/platform/logging/logger";
import type { Db } from "@/server/db";

import {
  EDITION_UPLOAD_EXTENSIONS,
  MAX_EDITION_UPLOAD_BYTES,
  MAX_EDITION_UPLOAD_MEGABYTES,
  MAX_REPORTED_PROBLEMS,
  UPLOAD_EDITION_FIELDS,
  ZUploadEditionFieldsSchema,
  ZUploadEditionSuccessSchema,
  type TUploadEditionFailure,
  type TUploadEditionField,
} from "../schemas";
import { uploadEdition } from "./upload-edition";

/** Multipart overhead allowed on top of the file itself (boundaries, the text fields). */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The statuses of the AppErrors an upload can meet; any other error is the route's to log. */
const STATUS_OF: Partial<Record<AppErrorCode, number>> = { INVALID_INPUT: 400, CONFLICT: 409 };

const extensionOf = (fileName: string): string =>
  /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";

const isUploadField = (key: PropertyKey | undefined): key is TUploadEditionField =>
  UPLOAD_EDITION_FIELDS.some((field) => field === key);

const textField = (form: FormData, name: string): string | null => {
  const value = form.get(name);
  return typeof value === "string" ? value : null;
};

export const respondToEditionUpload = async ({
  request,
  db,
  organizationId,
  actor,
  requestId,
  logger,
}: {
  request: Request;
  db: Db;
  organizationId: string;
  actor: AuditActor & { userId: string };
  requestId: string;
  logger: Logger;
}): Promise<Response> => {
  const fail = (
    status: number,
    error: AppError,
    details: Partial<
      Pick<TUploadEditionFailure, "problems" | "moreProblems" | "invalidFields">
    > = {},
  ): Response => {
    const body: TUploadEditionFailure = {
      error: { code: error.code, message: userMessageFor(error), requestId },
      problems: details.problems ?? [],
      moreProblems: details.moreProblems ?? 0,
      invalidFields: details.invalidFields ?? [],
    };
    return Response.json(body, { status });
  };
  const refuse = (status: number, userMessageKey: string) =>
    fail(
      status,
      new AppError("INVALID_INPUT", {
        userMessageKey,
        userMessageValues: {
          max: MAX_EDITION_UPLOAD_MEGABYTES,
          types: EDITION_UPLOAD_EXTENSIONS.map((extension) => `.${extension}`).join(", "),
        },
      }),
    );

  // Refused before reading the body when the client says it is too large.
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > MAX_EDITION_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) {
    return refuse(413, "reference.upload.tooLarge");
  }
  const form = await request.formData().catch(() => null);
  if (!form) return refuse(400, "reference.upload.badForm");
  const file = form.get("file");
  if (!(file instanceof File)) return refuse(400, "reference.upload.fileMissing");
  if (file.size === 0) return refuse(400, "reference.upload.emptyFile");
  if (file.size > MAX_EDITION_UPLOAD_BYTES) return refuse(413, "reference.upload.tooLarge");
  if (!EDITION_UPLOAD_EXTENSIONS.some((extension) => extension === extensionOf(file.name))) {
    return refuse(415, "reference.upload.wrongType");
  }
  const fields = ZUploadEditionFieldsSchema.safeParse({
    dataset: textField(form, "dataset"),
    edition: textField(form, "edition"),
    effectiveDate: textField(form, "effectiveDate"),
    source: textField(form, "source"),
    licence: textField(form, "licence"),
  });
  if (!fields.success) {
    const invalidFields = [
      ...new Set(fields.error.issues.map((issue) => issue.path[0]).filter(isUploadField)),
    ];
    return fail(400, new AppError("INVALID_INPUT", { userMessageKey: "reference.upload.fields" }), {
      invalidFields,
    });
  }

  try {
    const outcome = await uploadEdition({
      db,
      actor,
      organizationId,
      fields: fields.data,
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      logger,
    });
    if (!outcome.ok) {
      const count = outcome.problems.length;
      return fail(
        422,
        new AppError("INVALID_INPUT", {
          userMessageKey: "reference.upload.rowProblems",
          userMessageValues: { count },
        }),
        {
          problems: outcome.problems.slice(0, MAX_REPORTED_PROBLEMS),
          moreProblems: Math.max(0, count - MAX_REPORTED_PROBLEMS),
        },
      );
    }
    logger.info(
      { editionId: outcome.edition.id, rowCount: outcome.edition.rowCount },
      "reference edition uploaded",
    );
    return Response.json(
      ZUploadEditionSuccessSchema.parse({
        edition: outcome.edition,
        isRecomputationRequested: outcome.isRecomputationRequested,
      }),
      { status: 201 },
    );
  } catch (error) {
    const appError = toAppError(error);
    const status = STATUS_OF[appError.code];
    // Anything unexpected goes back to the route, which logs it and answers 500.
    if (status === undefined) throw error;
    return fail(status, appError);
  }
};
