/**
 * `npm run db:seed [-- --force]`: adds the demo data to the database at DATABASE_URL.
 */
import { env } from "@/env";
import { ensureBuiltInReferenceData } from "@/modules/reference/services/ensure-built-in-reference-data";
import { createDb } from "@/server/db";

import { DemoDataRefusedError, formatDemoCredentials, seedDemoData } from "./demo/demo-data";

const main = async () => {
  if (!env.DATABASE_URL) {
    console.error("DATABASE_URL is not set. (`npm start` seeds the embedded database itself.)");
    process.exit(2);
  }
  const db = createDb(env.DATABASE_URL, 1);
  try {
    await ensureBuiltInReferenceData({ db });
    const credentials = await seedDemoData({ db, force: process.argv.includes("--force") });
    console.log(formatDemoCredentials(credentials));
  } catch (error) {
    if (error instanceof DemoDataRefusedError) {
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
};

await main();
