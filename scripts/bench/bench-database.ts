/**
 * Shared set-up of the benchmarks: a fresh, migrated database (the server at DATABASE_URL when
 * set, else an embedded one), an organisation with a signed-in owner, and the supplier import
 * run through the same services as the app (upload → mapping → confirm).
 */
import type { Db } from "@/server/db";

export const log = (message: string) => console.log(`[bench] ${message}`);

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const startedAt = performance.now();
  const value = await work();
  return { value, ms: performance.now() - startedAt };
};

export const benchDatabase = async () => {
  const { createTestDatabase } = await import("../../tests/support/test-database");
  const { createDb } = await import("@/server/db");
  const database = await createTestDatabase({ label: "bench" });
  log(
    `database: ${database.kind === "server" ? "PostgreSQL server (DATABASE_URL)" : "embedded (PGlite)"}`,
  );
  const db = createDb(database.url, 10);
  return { database, db };
};

export const benchOrganization = async (db: Db) => {
  const { addMembership, createOrganization, createSession, createUser } =
    await import("../../tests/factories/identity");
  const organization = await createOrganization(db, { name: "Benchmark Manufacturing plc" });
  const user = await createUser(db, { name: "Bench Analyst" });
  await addMembership(db, { organizationId: organization.id, userId: user.id, role: "analyst" });
  const sessionId = await createSession(db, {
    userId: user.id,
    activeOrganizationId: organization.id,
  });
  return {
    organizationId: organization.id,
    userId: user.id,
    sessionId,
    actor: { userId: user.id, organizationId: organization.id, requestId: "bench" },
  };
};

/** The app's import path for a CSV text, phase by phase. */
export const importSuppliers = async ({
  db,
  organizationId,
  actor,
  csv,
}: {
  db: Db;
  organizationId: string;
  actor: { userId: string; organizationId: string; requestId: string };
  csv: string;
}) => {
  const { createImportFromUpload } = await import("@/modules/imports/services/upload");
  const { setImportMapping } = await import("@/modules/imports/services/validation");
  const { confirmImport, waitForImport } = await import("@/modules/imports/services/confirm");
  const { getImport } = await import("@/modules/imports/services/queries");

  const upload = await timed(() =>
    createImportFromUpload({
      db,
      actor,
      organizationId,
      entity: "suppliers",
      file: {
        name: "suppliers.csv",
        contentType: "text/csv",
        bytes: new TextEncoder().encode(csv),
      },
    }),
  );
  const id = upload.value.id;
  const mapping = await timed(async () => {
    const detail = await getImport({ db, organizationId, id });
    return setImportMapping({ db, actor, organizationId, id, mapping: detail.mapping });
  });
  const confirm = await timed(async () => {
    await confirmImport({ db, actor, organizationId, id });
    await waitForImport(id);
  });
  // The import queues a whole-organisation risk recomputation; let it finish (and time it) so
  // that it does not run under the next measurement.
  const { waitForRiskRecomputations } =
    await import("@/modules/risk/services/request-recomputation");
  const risk = await timed(() => waitForRiskRecomputations(organizationId));
  const detail = await getImport({ db, organizationId, id });
  if (detail.status !== "completed") {
    throw new Error(`the import did not complete: ${detail.status} ${detail.errorMessage ?? ""}`);
  }
  return {
    id,
    detail,
    validation: mapping.value,
    ms: { upload: upload.ms, mapping: mapping.ms, confirm: confirm.ms, riskAfterImport: risk.ms },
  };
};
