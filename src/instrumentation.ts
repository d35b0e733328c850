/**
 * Runs once when a Next.js server process starts. Starts the outbox dispatcher, which retries
 * emails that were not delivered right after their transaction committed (SMTP down, restart).
 */
export const register = async () => {
  // NEXT_RUNTIME is set by Next.js itself (not configuration); only the Node.js runtime sends mail.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOutboxDispatcher } = await import("./modules/platform/email/dispatcher");
  startOutboxDispatcher();
};
