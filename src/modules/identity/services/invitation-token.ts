/**
 * Invitation tokens: 256 random bits, sent only inside the link; the database keeps SHA-256 of
 * the token, so a database leak does not leak usable links.
 */
import { createHash, randomBytes } from "node:crypto";

export const createInvitationToken = (): { token: string; tokenHash: string } => {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
};

export const hashInvitationToken = (token: string): string =>
  createHash("sha256").update(token, "utf8").digest("hex");

/** base64url of 32 bytes is 43 characters; anything else cannot be a token of ours. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
