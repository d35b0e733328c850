import type { Tx } from "@/server/db";

/**
 * Changes to one organisation's supply graph run one at a time: the organisation's row is locked
 * until the transaction ends (FOR NO KEY UPDATE, which does not block the foreign-key checks of
 * other writes). Otherwise two concurrent changes could each pass the cycle check and together
 * close a cycle.
 */
export const lockOrganizationGraph = async (tx: Tx, organizationId: string): Promise<void> => {
  await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${organizationId}::uuid FOR NO KEY UPDATE`;
};
