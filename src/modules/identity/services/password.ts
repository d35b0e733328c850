/**
 * Password hashing with argon2id (@node-rs/argon2, OWASP-recommended parameters).
 */
import { hash, verify } from "@node-rs/argon2";

// `Algorithm` is a const enum, which isolated modules cannot read: 2 is Algorithm.Argon2id.
const ARGON2ID = 2;

const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456, // KiB (19 MiB)
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};

// Verifying against a throw-away hash when the email is unknown keeps the response time the same
// whether or not an account exists, so sign-in cannot be used to discover accounts.
let dummyHash: Promise<string> | undefined;
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword("fairtrace-timing-equaliser");
  await verifyPassword(await dummyHash, password);
};
