/**
 * Tells whether `.next` was built from the current sources, so `npm start` rebuilds only when
 * something changed (sizes and modification times of the inputs, hashed).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "src",
  "messages",
  "public",
  "prisma/schema",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const FINGERPRINT_FILE = ".next/fairtrace-build-fingerprint";

const listFiles = (entry: string): string[] => {
  if (!existsSync(entry)) return [];
  const stat = statSync(entry);
  if (!stat.isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => name !== "generated")
    .flatMap((name) => listFiles(path.join(entry, name)));
};

export const computeBuildFingerprint = (root: string): string => {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((input) => listFiles(path.join(root, input))).sort()) {
    const stat = statSync(file);
    hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
};

export const isBuildCurrent = (root: string, fingerprint: string): boolean => {
  const file = path.join(root, FINGERPRINT_FILE);
  return (
    existsSync(path.join(root, ".next/BUILD_ID")) &&
    existsSync(file) &&
    readFileSync(file, "utf8") === fingerprint
  );
};

export const recordBuildFingerprint = (root: string, fingerprint: string): void => {
  writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint);
};
