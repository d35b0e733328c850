/**
 * Export of the organisation's suppliers, sites or recruiters: `?format=csv` (default) or
 * `?format=xlsx`, with the import's own columns so that the file re-imports cleanly.
 */
import { downloadHeaders } from "@/modules/imports/services/download";
import { exportEntity } from "@/modules/imports/services/export";
import { parseExportParams } from "@/modules/imports/services/export-params";
import { withOrgPermission } from "@/server/route-auth";

export const dynamic = "force-dynamic";

export const GET = (request: Request, { params }: { params: Promise<{ entity: string }> }) =>
  withOrgPermission(request, "data:export", async ({ db, org, logger }) => {
    const parsed = parseExportParams((await params).entity, request);
    const file = exportEntity({ db, organizationId: org.organizationId, ...parsed });
    logger.info({ entity: parsed.entity, format: parsed.format }, "export started");
    return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
  });
