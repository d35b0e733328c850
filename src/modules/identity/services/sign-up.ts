/**
 * Account creation. The user signs in right after (next-auth credentials) and then creates or
 * joins an organisation.
 */
import { recordAuditEvent } from "@/modules/platform/audit/record-audit-event";
import { AppError } from "@/modules/platform/errors/app-error";
import type { Db } from "@/server/db";

import { hashPassword } from "./password";

export type SignedUpUser = { id: string; email: string; name: string };

export const signUp = async ({
  db,
  email,
  name,
  password,
  requestId,
}: {
  db: Db;
  email: string;
  name: string;
  password: string;
  requestId: string;
}): Promise<SignedUpUser> => {
  const normalisedEmail = email.trim().toLowerCase();
  if (password.toLowerCase() === normalisedEmail) {
    throw new AppError("INVALID_INPUT", { userMessageKey: "auth.passwordIsEmail" });
  }
  const existing = await db.user.findUnique({
    where: { email: normalisedEmail },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", { userMessageKey: "auth.emailTaken" });

  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: normalisedEmail, name: name.trim(), passwordHash },
      select: { id: true, email: true, name: true },
    });
    await recordAuditEvent(
      tx,
      { userId: user.id, organizationId: null, requestId },
      {
        action: "user.signed_up",
        entityType: "user",
        entityId: user.id,
        after: { id: user.id, name: user.name },
      },
    );
    return user;
  });
};
