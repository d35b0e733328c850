/**
 * Version 7 UUIDs (time-ordered, like the schema's `uuid(7)` defaults) for rows written in bulk
 * with SQL, where Prisma's client-side default does not apply.
 */
import { randomUUID } from "node:crypto";

/**
 * 48 bits of Unix milliseconds, the version (7), then the random bits and RFC 4122 variant of a
 * version 4 UUID. randomUUID draws its randomness in bulk, which matters when a risk run writes
 * a hundred thousand rows.
 */
export const uuidv7 = (): string => {
  const random = randomUUID();
  const time = Date.now().toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
};
