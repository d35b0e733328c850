import type { TestProject } from "vitest/node";

import { createTestDatabase } from "../support/test-database";

/** One fresh database for the integration run; every test file connects to it. */
const setup = async (project: TestProject) => {
  const database = await createTestDatabase({ label: "integration" });
  console.log(`[integration] database: ${database.kind}`);
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return async () => {
    await database.drop();
  };
};

export default setup;
