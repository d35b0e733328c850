import { describe, expect, it } from "vitest";

import { signInWithPassword } from "@/modules/identity/services/sign-in";

import {
  DEMO_ORGANIZATION_NAME,
  DEMO_PASSWORD,
  DEMO_USERS,
  DemoDataRefusedError,
  seedDemoData,
} from "../../prisma/demo/demo-data";
import { organizationWithOwner, testDb } from "../support/integration";

describe("[DEMO] demo data", () => {
  it("refuses a database with real organisations unless forced, and is idempotent", async () => {
    await organizationWithOwner({ name: "A real customer" });
    await expect(seedDemoData({ db: testDb() })).rejects.toBeInstanceOf(DemoDataRefusedError);
    expect(await testDb().organization.count({ where: { isDemo: true } })).toBe(0);

    const credentials = await seedDemoData({ db: testDb(), force: true });
    await seedDemoData({ db: testDb(), force: true });
    expect(credentials.map((credential) => credential.role)).toEqual([
      "owner",
      "admin",
      "analyst",
      "procurement",
      "viewer",
    ]);
    const demo = await testDb().organization.findMany({
      where: { isDemo: true },
      include: { memberships: true },
    });
    expect(demo).toHaveLength(1);
    expect(demo[0]?.name).toBe(DEMO_ORGANIZATION_NAME);
    expect(demo[0]?.memberships).toHaveLength(5);

    // The printed credentials work.
    for (const credential of credentials) {
      const session = await signInWithPassword({
        db: testDb(),
        email: credential.email,
        password: DEMO_PASSWORD,
        userAgent: null,
        requestId: null,
      });
      expect(session?.email).toBe(DEMO_USERS[credential.role].email);
    }
  });
});
