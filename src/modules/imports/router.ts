import { createTrpcRouter } from "@/server/trpc";

import { cancelImportProcedure } from "./procedures/cancel-import";
import { confirmImportProcedure } from "./procedures/confirm-import";
import { fixImportRowProcedure } from "./procedures/fix-import-row";
import { getImportProcedure } from "./procedures/get-import";
import { listImportRowsProcedure } from "./procedures/list-import-rows";
import { listImportsProcedure } from "./procedures/list-imports";
import { setImportMappingProcedure } from "./procedures/set-import-mapping";

/**
 * Spreadsheet imports. The upload itself and the downloads (report, exports, templates) are
 * route handlers under /api/imports and /api/export.
 */
export const importsRouter = createTrpcRouter({
  listImports: listImportsProcedure,
  getImport: getImportProcedure,
  listImportRows: listImportRowsProcedure,
  setImportMapping: setImportMappingProcedure,
  fixImportRow: fixImportRowProcedure,
  confirmImport: confirmImportProcedure,
  cancelImport: cancelImportProcedure,
});
