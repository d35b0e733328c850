import { describe, expect, it } from "vitest";

import { can, canManageRole } from "./permissions";

describe("role permissions", () => {
  it("gives administration to owners and admins only", () => {
    expect(can("owner", "member:invite")).toBe(true);
    expect(can("admin", "organization:update")).toBe(true);
    expect(can("analyst", "member:invite")).toBe(false);
    expect(can("procurement", "organization:update")).toBe(false);
    expect(can("viewer", "member:remove")).toBe(false);
  });

  it("lets everyone read the organisation and its members", () => {
    for (const role of ["owner", "admin", "analyst", "procurement", "viewer"] as const) {
      expect(can(role, "organization:read")).toBe(true);
      expect(can(role, "member:read")).toBe(true);
    }
  });

  it("keeps the owner role in owners' hands", () => {
    expect(canManageRole("owner", "owner")).toBe(true);
    expect(canManageRole("admin", "owner")).toBe(false);
    expect(canManageRole("admin", "analyst")).toBe(true);
    expect(canManageRole("analyst", "viewer")).toBe(false);
  });
});
