/** An empty file with the import's columns (XLSX templates explain each column on a 2nd sheet). */
import { downloadHeaders } from "@/modules/imports/services/download";
import { exportEntity } from "@/modules/imports/services/export";
import { parseExportParams } from "@/modules/imports/services/export-params";
import { withOrgPermission } from "@/server/route-auth";

export const dynamic = "force-dynamic";

export const GET = (request: Request, { params }: { params: Promise<{ entity: string }> }) =>
  withOrgPermission(request, "data:import", async ({ db, org }) => {
    const parsed = parseExportParams((await params).entity, request);
    const file = exportEntity({
      db,
      organizationId: org.organizationId,
      ...parsed,
      template: true,
    });
    return new Response(file.body, { headers: downloadHeaders(file.fileName, file.contentType) });
  });
