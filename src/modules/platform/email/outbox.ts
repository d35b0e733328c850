/**
 * Transactional outbox for email. Callers enqueue inside their own transaction, so an email is
 * sent if and only if the change that caused it committed. Delivery happens afterwards
 * (`dispatchOutbox`), with retries and back-off; without SMTP configured, emails wait in the
 * outbox and the UI offers the link directly.
 */
import type { Db, Tx } from "@/server/db";
import { logger } from "@/modules/platform/logging/logger";

import { getMailTransport, type MailTransport } from "./transport";

export type OutboundEmail = {
  organizationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Replace the bodies once delivered (they carry a secret link). */
  redactAfterSend?: boolean;
};

export const enqueueEmail = async (tx: Tx, email: OutboundEmail): Promise<{ id: string }> =>
  tx.outboxEmail.create({
    data: {
      organizationId: email.organizationId,
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      redactAfterSend: email.redactAfterSend ?? false,
    },
    select: { id: true },
  });

const MAX_ATTEMPTS = 8;
const BATCH_SIZE = 20;
const REDACTED_BODY = "[Body removed after delivery because it contained a one-time link.]";

/** Exponential back-off: 1, 2, 4 … minutes, capped at an hour. */
const nextAttemptDelayMs = (attempts: number): number =>
  Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

type DispatchResult = { sent: number; failed: number };

/**
 * Delivers due emails. Rows are claimed with `FOR UPDATE SKIP LOCKED` inside a transaction, so
 * several app servers can dispatch at once without sending an email twice.
 */
export const dispatchOutbox = async ({
  db,
  transport = getMailTransport(),
}: {
  db: Db;
  transport?: MailTransport | null;
}): Promise<DispatchResult> => {
  if (!transport) return { sent: 0, failed: 0 };
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM outbox_emails
      WHERE status = 'pending' AND next_attempt_at <= now()
      ORDER BY next_attempt_at
      LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED`;
    const result: DispatchResult = { sent: 0, failed: 0 };
    for (const { id } of due) {
      const email = await tx.outboxEmail.findUniqueOrThrow({ where: { id } });
      try {
        await transport.send({
          to: email.toAddress,
          subject: email.subject,
          text: email.textBody,
          html: email.htmlBody ?? undefined,
        });
        await tx.outboxEmail.update({
          where: { id },
          data: {
            status: "sent",
            sentAt: new Date(),
            attempts: { increment: 1 },
            lastError: null,
            ...(email.redactAfterSend ? { textBody: REDACTED_BODY, htmlBody: null } : {}),
          },
        });
        result.sent += 1;
      } catch (error) {
        const attempts = email.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ emailId: id, attempts, err: message }, "email delivery failed");
        await tx.outboxEmail.update({
          where: { id },
          data: {
            attempts,
            lastError: message.slice(0, 1000),
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            nextAttemptAt: new Date(Date.now() + nextAttemptDelayMs(attempts)),
          },
        });
        result.failed += 1;
      }
    }
    return result;
  });
};

/**
 * Fire-and-forget delivery right after a commit, so that invitations arrive in seconds; the
 * periodic dispatcher (instrumentation.ts) retries whatever this misses.
 */
export const dispatchOutboxSoon = (db: Db): void => {
  void dispatchOutbox({ db }).catch((error: unknown) => {
    logger.error({ err: error }, "outbox dispatch failed");
  });
};
