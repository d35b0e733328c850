/**
 * The outsider probe: every procedure of the API is called by a member of another organisation
 * (and anonymously), and must neither return nor change the victim organisation's data. A
 * procedure that takes an id must answer NOT_FOUND for the victim's ids.
 *
 * Each area of the API declares its probes in probes/<area>.ts. The probe list must name every
 * procedure: adding a procedure without a probe fails this test.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { appRouter } from "@/server/root-router";

import { createSession, createUser } from "../factories/identity";
import {
  callerFor,
  expectTrpcError,
  organizationWithOwner,
  testDb,
  type Actor,
} from "../support/integration";
import { identityProbes } from "./probes/identity";
import { importsProbes } from "./probes/imports";
import { recruitersProbes } from "./probes/recruiters";
import { referenceProbes } from "./probes/reference";
import { riskProbes } from "./probes/risk";
import { supplyChainProbes } from "./probes/supply-chain";
import { suppliersProbes } from "./probes/suppliers";
import { idOf, type Probe, type ProbeVictim } from "./probes/types";

const AREAS = [
  identityProbes,
  referenceProbes,
  suppliersProbes,
  recruitersProbes,
  importsProbes,
  supplyChainProbes,
  riskProbes,
];

const PROBES: Record<string, Probe> = Object.fromEntries(
  AREAS.flatMap((area) => Object.entries(area.probes)),
);

/** The keys of a procedure's input object, looking through refinements and transforms. */
const inputKeys = (schema: unknown): string[] => {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return inputKeys(schema.def.in);
  return [];
};

// tRPC keeps each procedure's input parsers on its internal definition (procedures are
// functions, so the definition is read off the function object).
const ZProcedureDefSchema = z.object({ inputs: z.array(z.unknown()) });

const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
  const keys = ZProcedureDefSchema.parse(Reflect.get(procedure, "_def")).inputs.flatMap(inputKeys);
  return {
    path,
    takesId: keys.some((key) => key === "id" || key.endsWith("Id") || key === "cursor"),
  };
});

describe("[TENANCY] every procedure is probed", () => {
  it("has a probe for each procedure, and knows which ones take ids", () => {
    expect(Object.keys(PROBES).sort()).toEqual(procedures.map(({ path }) => path).sort());
    for (const { path, takesId } of procedures) {
      expect(PROBES[path]?.ids !== "none", `${path} takes an id`).toBe(takesId);
    }
  });
});

const snapshotVictim = (organizationId: string) =>
  Promise.all(AREAS.map((area) => area.snapshot(organizationId)));

describe("[TENANCY] an outsider gets nothing of another organisation", () => {
  let victim: ProbeVictim;
  let markers: string[];
  let outsider: Actor;

  beforeAll(async () => {
    const { organization, owner } = await organizationWithOwner({ name: "Victim Garments Ltd" });
    victim = { organization, owner, ids: {} };
    markers = ["Victim Garments Ltd", organization.id];
    for (const area of AREAS) {
      const added = await area.setup(victim);
      victim.ids = { ...victim.ids, ...added.ids };
      markers.push(...added.markers);
    }
    // The outsider is an owner (all permissions) of their own organisation.
    const { owner: outsiderOwner } = await organizationWithOwner({ name: "Outsider Ltd" });
    outsider = outsiderOwner;
  });

  for (const path of Object.keys(PROBES)) {
    it(`${path}`, async () => {
      const probe = PROBES[path];
      if (!probe) throw new Error(path);
      const before = await snapshotVictim(victim.organization.id);
      if (probe.ids === "target") {
        await expectTrpcError(probe.call(outsider.caller, victim), "NOT_FOUND");
      } else {
        const result: unknown = await probe
          .call(outsider.caller, victim)
          .catch((error: unknown) => error);
        const serialised = JSON.stringify(result instanceof Error ? result.message : result) ?? "";
        for (const marker of markers) expect(serialised).not.toContain(marker);
      }
      expect(await snapshotVictim(victim.organization.id)).toEqual(before);
    });
  }

  it("a member of no organisation and an anonymous caller get nothing either", async () => {
    const loner = await createUser(testDb());
    const lonerCaller = await callerFor(
      await createSession(testDb(), {
        userId: loner.id,
        activeOrganizationId: victim.organization.id,
      }),
    );
    await expectTrpcError(lonerCaller.identity.listMembers(), "FORBIDDEN");
    await expectTrpcError(
      lonerCaller.identity.removeMember({ id: idOf(victim, "analystMembershipId") }),
      "FORBIDDEN",
    );
    const anonymous = await callerFor(null);
    await expectTrpcError(anonymous.identity.listMembers(), "UNAUTHORIZED");
    await expectTrpcError(anonymous.platform.listAuditEvents({}), "UNAUTHORIZED");
  });
});
