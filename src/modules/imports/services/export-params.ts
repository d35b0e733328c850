/** The entity and format of an export or template request; 404 / 400 for anything else. */
import { z } from "zod";

import { AppError } from "@/modules/platform/errors/app-error";

import { ZImportEntitySchema } from "../fields";
import { EXPORT_FORMATS } from "./export";

const ZExportParamsSchema = z.object({
  entity: ZImportEntitySchema,
  format: z.enum(EXPORT_FORMATS),
});

export const parseExportParams = (entity: string, request: Request) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  const parsed = ZExportParamsSchema.safeParse({ entity, format: format.toLowerCase() });
  if (!parsed.success) {
    const isEntity = ZImportEntitySchema.safeParse(entity).success;
    throw new AppError(isEntity ? "INVALID_INPUT" : "NOT_FOUND", {
      userMessageKey: isEntity ? "imports.unknownFormat" : "imports.unknownExport",
    });
  }
  return parsed.data;
};
