/**
 * Version 7 UUIDs (time-ordered, like the schema's `uuid(7)` defaults) for rows written in bulk
 * with SQL, where Prisma's client-side default does not apply.
 */
import { randomBytes } from "node:crypto";

export const uuidv7 = (): string => {
  const bytes = randomBytes(16);
  let time = Date.now();
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
