/**
 * Periodic delivery of the email outbox in every app server process. Safe with many servers:
 * `dispatchOutbox` claims rows with FOR UPDATE SKIP LOCKED.
 */
import { env } from "@/env";
import { logger } from "@/modules/platform/logging/logger";
import { getDb } from "@/server/db";

import { dispatchOutbox } from "./outbox";

const INTERVAL_MS = 30_000;

const globalForDispatcher = globalThis as { fairtraceOutboxTimer?: NodeJS.Timeout };

export const startOutboxDispatcher = (): void => {
  if (!env.SMTP_URL || !env.DATABASE_URL || globalForDispatcher.fairtraceOutboxTimer) return;
  const tick = () => {
    dispatchOutbox({ db: getDb() })
      .then(({ sent, failed }) => {
        if (sent + failed > 0) logger.info({ sent, failed }, "outbox dispatched");
      })
      .catch((error: unknown) => logger.error({ err: error }, "outbox dispatch failed"));
  };
  globalForDispatcher.fairtraceOutboxTimer = setInterval(tick, INTERVAL_MS);
  globalForDispatcher.fairtraceOutboxTimer.unref();
  logger.info({ intervalMs: INTERVAL_MS }, "outbox dispatcher started");
};
