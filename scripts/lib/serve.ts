/**
 * Migrate, build if needed, and serve the app against a given database. Shared by `npm start`
 * and the end-to-end test server so both run the app the same way.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import {
  computeBuildFingerprint,
  isBuildCurrent,
  recordBuildFingerprint,
} from "./build-fingerprint";
import { runOrThrow, waitForHttp } from "./processes";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const prismaCli = path.join(projectRoot, "scripts/prisma.mjs");
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

type ChildEnv = NodeJS.ProcessEnv;

/** Next.js would otherwise try to send anonymous telemetry, which air-gapped installs cannot. */
const withoutTelemetry = (childEnv: ChildEnv): ChildEnv => ({
  ...childEnv,
  NEXT_TELEMETRY_DISABLED: "1",
});

export const applyMigrations = (childEnv: ChildEnv): Promise<void> =>
  runOrThrow(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: projectRoot,
    env: childEnv,
  });

/** Builds the production bundle unless `.next` already matches the sources. */
export const buildIfNeeded = async (
  childEnv: ChildEnv,
  log: (message: string) => void,
): Promise<void> => {
  const fingerprint = computeBuildFingerprint(projectRoot);
  if (isBuildCurrent(projectRoot, fingerprint)) {
    log("The build is up to date.");
    return;
  }
  log("Building the app (first start, or the sources changed)…");
  await runOrThrow(process.execPath, [prismaCli, "generate"], { cwd: projectRoot, env: childEnv });
  await runOrThrow(process.execPath, [nextBin, "build"], {
    cwd: projectRoot,
    env: withoutTelemetry(childEnv),
  });
  recordBuildFingerprint(projectRoot, fingerprint);
};

/**
 * Starts `next start` (or `next dev`) directly, not through npx, so that stopping this process
 * stops the server too; resolves once /api/health answers.
 */
export const serveApp = async ({
  childEnv,
  port,
  isDev,
}: {
  childEnv: ChildEnv;
  port: number;
  isDev: boolean;
}): Promise<ChildProcess> => {
  const server = spawn(process.execPath, [nextBin, isDev ? "dev" : "start", "-p", String(port)], {
    cwd: projectRoot,
    env: withoutTelemetry(childEnv),
    stdio: "inherit",
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 180_000, server);
  return server;
};
