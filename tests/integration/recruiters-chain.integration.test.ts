import { describe, expect, it } from "vitest";

import { MAX_CHAIN_DEPTH } from "@/modules/recruiters/schemas";

import { createRecruiterEdge, createRecruiterRow, recruiterInput } from "../factories/recruiters";
import {
  auditEventsOf,
  expectTrpcError,
  organizationWithOwner,
  testDb,
} from "../support/integration";

describe("[RECRUITERS] sub-agent chains", () => {
  it("builds a chain, shows it both ways with each link's flags, and removes a link", async () => {
    const { organization, owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const provider = await recruiters.createRecruiter(
      recruiterInput({ name: "Destination Labour Provider", recruiterType: "labour_provider" }),
    );
    const agency = await recruiters.createRecruiter(recruiterInput({ name: "Licensed Agency" }));
    const broker = await recruiters.createRecruiter(
      recruiterInput({
        name: "Village Broker",
        recruiterType: "sub_agent",
        feePolicy: "fees_charged",
        feeAmount: "900",
        feeCurrency: "USD",
      }),
    );
    const providerToAgency = await recruiters.addSubAgent({
      recruiterId: provider.id,
      subAgentId: agency.id,
    });
    expect(providerToAgency).toMatchObject({ recruiterId: provider.id, subAgentId: agency.id });
    await recruiters.addSubAgent({ recruiterId: agency.id, subAgentId: broker.id });

    const fromProvider = await recruiters.getRecruiter({ id: provider.id });
    expect(
      fromProvider.chain.downstream.map((edge) => [edge.principalId, edge.subAgentId, edge.depth]),
    ).toEqual([
      [provider.id, agency.id, 1],
      [agency.id, broker.id, 2],
    ]);
    expect(fromProvider.chain.upstream).toEqual([]);
    const brokerRef = fromProvider.chain.recruiters.find((ref) => ref.id === broker.id);
    expect(brokerRef).toMatchObject({
      name: "Village Broker",
      recruiterType: "sub_agent",
      isArchived: false,
      flags: ["licence_unknown", "fees_charged"],
    });

    const fromBroker = await recruiters.getRecruiter({ id: broker.id });
    expect(fromBroker.chain.downstream).toEqual([]);
    expect(
      fromBroker.chain.upstream.map((edge) => [edge.principalId, edge.subAgentId, edge.depth]),
    ).toEqual([
      [agency.id, broker.id, 1],
      [provider.id, agency.id, 2],
    ]);

    await recruiters.removeSubAgent({ id: providerToAgency.id });
    expect((await recruiters.getRecruiter({ id: provider.id })).chain.downstream).toEqual([]);
    await expectTrpcError(recruiters.removeSubAgent({ id: providerToAgency.id }), "NOT_FOUND");

    const actions = (await auditEventsOf(organization.id))
      .map((event) => event.action)
      .filter((action) => action.startsWith("recruiter_edge."));
    expect(actions).toEqual([
      "recruiter_edge.created",
      "recruiter_edge.created",
      "recruiter_edge.deleted",
    ]);
  });

  it("rejects a self-edge, a duplicate and any cycle with a clear message", async () => {
    const { owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const [a, b, c] = await Promise.all(
      ["A Agency", "B Agency", "C Agency"].map((name) =>
        recruiters.createRecruiter(recruiterInput({ name })),
      ),
    );
    if (!a || !b || !c) throw new Error("setup");
    await recruiters.addSubAgent({ recruiterId: a.id, subAgentId: b.id });
    await recruiters.addSubAgent({ recruiterId: b.id, subAgentId: c.id });

    const self = await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: a.id, subAgentId: a.id }),
      "BAD_REQUEST",
    );
    expect(self.message).toContain("recruiters.subAgentSelf");
    const duplicate = await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: a.id, subAgentId: b.id }),
      "CONFLICT",
    );
    expect(duplicate.message).toContain("recruiters.subAgentExists");
    const direct = await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: b.id, subAgentId: a.id }),
      "CONFLICT",
    );
    expect(direct.message).toContain("recruiters.subAgentCycle");
    const indirect = await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: c.id, subAgentId: a.id }),
      "CONFLICT",
    );
    expect(indirect.message).toContain("recruiters.subAgentCycle");
    // A shortcut that keeps the graph acyclic is fine.
    await recruiters.addSubAgent({ recruiterId: a.id, subAgentId: c.id });
    const chain = (await recruiters.getRecruiter({ id: a.id })).chain.downstream;
    expect(chain.map((edge) => edge.depth).sort()).toEqual([1, 1, 2]);
  });

  it("does not let two concurrent additions close a loop", async () => {
    const { owner } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const [a, b, c, d] = await Promise.all(
      ["Racer A", "Racer B", "Racer C", "Racer D"].map((name) =>
        recruiters.createRecruiter(recruiterInput({ name })),
      ),
    );
    if (!a || !b || !c || !d) throw new Error("setup");
    await recruiters.addSubAgent({ recruiterId: a.id, subAgentId: b.id });
    await recruiters.addSubAgent({ recruiterId: c.id, subAgentId: d.id });
    // B → C and D → A touch four different recruiters; each alone is fine, together they loop.
    const results = await Promise.allSettled([
      recruiters.addSubAgent({ recruiterId: b.id, subAgentId: c.id }),
      recruiters.addSubAgent({ recruiterId: d.id, subAgentId: a.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(String(rejected?.reason)).toContain("recruiters.subAgentCycle");
    expect(
      await testDb().recruiterEdge.count({
        where: { recruiterId: { in: [a.id, b.id, c.id, d.id] } },
      }),
    ).toBe(3);
  });

  it("refuses archived sub-agents and another organisation's recruiters and edges", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { organization: other } = await organizationWithOwner();
    const recruiters = owner.caller.recruiters;
    const mine = await recruiters.createRecruiter(recruiterInput());
    const archived = await createRecruiterRow(testDb(), {
      organizationId: organization.id,
      archivedAt: new Date(),
    });
    await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: mine.id, subAgentId: archived.id }),
      "PRECONDITION_FAILED",
    );
    const foreignA = await createRecruiterRow(testDb(), { organizationId: other.id });
    const foreignB = await createRecruiterRow(testDb(), { organizationId: other.id });
    const foreignEdge = await createRecruiterEdge(testDb(), {
      organizationId: other.id,
      recruiterId: foreignA.id,
      subAgentId: foreignB.id,
    });
    const asSubAgent = await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: mine.id, subAgentId: foreignA.id }),
      "NOT_FOUND",
    );
    expect(asSubAgent.message).toContain("recruiters.subAgentNotFound");
    await expectTrpcError(
      recruiters.addSubAgent({ recruiterId: foreignA.id, subAgentId: mine.id }),
      "NOT_FOUND",
    );
    await expectTrpcError(recruiters.removeSubAgent({ id: foreignEdge.id }), "NOT_FOUND");
    expect(await testDb().recruiterEdge.count({ where: { recruiterId: mine.id } })).toBe(0);
  });

  it("stops reading a long chain at the depth limit and says so", async () => {
    const { organization, owner } = await organizationWithOwner();
    const ids: string[] = [];
    for (let index = 0; index <= MAX_CHAIN_DEPTH + 2; index += 1) {
      ids.push(
        (
          await createRecruiterRow(testDb(), {
            organizationId: organization.id,
            name: `Link ${index}`,
          })
        ).id,
      );
    }
    for (let index = 0; index + 1 < ids.length; index += 1) {
      await createRecruiterEdge(testDb(), {
        organizationId: organization.id,
        recruiterId: ids[index] ?? "",
        subAgentId: ids[index + 1] ?? "",
      });
    }
    const head = await owner.caller.recruiters.getRecruiter({ id: ids[0] ?? "" });
    expect(head.chain.downstream).toHaveLength(MAX_CHAIN_DEPTH);
    expect(head.chain.isTruncated).toBe(true);
    const tail = await owner.caller.recruiters.getRecruiter({ id: ids.at(-1) ?? "" });
    expect(tail.chain.upstream).toHaveLength(MAX_CHAIN_DEPTH);
    expect(tail.chain.isTruncated).toBe(true);
    const middle = await owner.caller.recruiters.getRecruiter({ id: ids[6] ?? "" });
    expect(middle.chain.isTruncated).toBe(false);
  });
});
