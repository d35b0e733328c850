/**
 * Upload of an organisation's own edition of a reference list (goods list or TIP tiers):
 * multipart form with `file` (CSV or XLSX with the built-in file's columns), `dataset`,
 * `edition`, `effectiveDate`, `source` and `licence`. Owners and admins only
 * (reference:manage). The answers are described in respondToEditionUpload.
 */
import { respondToEditionUpload } from "@/modules/reference/services/upload-edition-request";
import { withOrgPermission } from "@/server/route-auth";

export const dynamic = "force-dynamic";

export const POST = (request: Request) =>
  withOrgPermission(request, "reference:manage", ({ db, org, actor, requestId, logger }) =>
    respondToEditionUpload({
      request,
      db,
      organizationId: org.organizationId,
      actor,
      requestId,
      logger,
    }),
  );
