import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** For load balancers and the quickstart check: answers 200 when the database answers. */
export const GET = async () => {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503 });
  }
};
