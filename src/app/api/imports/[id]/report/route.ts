/** The validation report of an import as CSV (the rows with problems, one line per problem). */
import { z } from "zod";

import { buildReportCsv } from "@/modules/imports/services/report";
import { downloadHeaders } from "@/modules/imports/services/download";
import { AppError } from "@/modules/platform/errors/app-error";
import { withOrgPermission } from "@/server/route-auth";

export const dynamic = "force-dynamic";

export const GET = async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return withOrgPermission(request, "data:import", async ({ db, org }) => {
    const parsedId = z.uuid().safeParse(id);
    if (!parsedId.success) throw new AppError("NOT_FOUND", { userMessageKey: "imports.notFound" });
    const report = await buildReportCsv({
      db,
      organizationId: org.organizationId,
      id: parsedId.data,
    });
    return new Response(report.body, {
      headers: downloadHeaders(report.fileName, "text/csv; charset=utf-8"),
    });
  });
};
