/**
 * `npm test`: every check the project has, in order, with one summary at the end.
 *
 *   type check · lint · format · unit · integration · build · browser
 *
 * The type check, lint, format check and build count as one test each; the test runners count
 * their own tests. Integration and browser tests create and drop their own databases on the
 * server at DATABASE_URL, or on an embedded PostgreSQL when it is not set.
 * Writes test-results/summary.json and ends with the line `N passed, N failed`.
 * `npm test -- --skip-e2e` leaves out the build and the browser tests.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

import { run } from "./lib/processes";
import { buildIfNeeded, projectRoot } from "./lib/serve";

type RunnerResult = { name: string; passed: number; failed: number; seconds: number };

const resultsDir = path.join(projectRoot, "test-results");
const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);

const ZVitestReportSchema = z.object({ numPassedTests: z.number(), numFailedTests: z.number() });
const ZPlaywrightReportSchema = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number() }),
});

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

const banner = (title: string) =>
  console.log(`\n━━━ ${title} ${"━".repeat(Math.max(0, 66 - title.length))}`);

/** A check that passes or fails as a whole (exit code). */
const check = async (name: string, command: string, args: string[]): Promise<RunnerResult> => {
  banner(name);
  const startedAt = Date.now();
  const code = await run(command, args, { cwd: projectRoot });
  return {
    name,
    passed: code === 0 ? 1 : 0,
    failed: code === 0 ? 0 : 1,
    seconds: (Date.now() - startedAt) / 1000,
  };
};

/** A vitest run, counted test by test from its JSON report. */
const vitest = async (name: string, config: string): Promise<RunnerResult> => {
  banner(name);
  const startedAt = Date.now();
  const report = path.join(resultsDir, `${name}.json`);
  const code = await run(
    bin("vitest"),
    [
      "run",
      "--config",
      config,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    { cwd: projectRoot },
  );
  const parsed = ZVitestReportSchema.safeParse(readJson(report));
  const seconds = (Date.now() - startedAt) / 1000;
  if (!parsed.success) return { name, passed: 0, failed: 1, seconds };
  // A crash outside any test (e.g. the global setup) fails the runner even with 0 failed tests.
  const failed =
    parsed.data.numFailedTests + (code !== 0 && parsed.data.numFailedTests === 0 ? 1 : 0);
  return { name, passed: parsed.data.numPassedTests, failed, seconds };
};

const playwright = async (): Promise<RunnerResult> => {
  const name = "browser";
  banner(name);
  const startedAt = Date.now();
  const code = await run(bin("playwright"), ["test"], { cwd: projectRoot });
  const parsed = ZPlaywrightReportSchema.safeParse(readJson(path.join(resultsDir, "e2e.json")));
  const seconds = (Date.now() - startedAt) / 1000;
  if (!parsed.success) return { name, passed: 0, failed: 1, seconds };
  const { expected, unexpected, flaky } = parsed.data.stats;
  const failed = unexpected + flaky + (code !== 0 && unexpected === 0 ? 1 : 0);
  return { name, passed: expected, failed, seconds };
};

const build = async (): Promise<RunnerResult> => {
  banner("build");
  const startedAt = Date.now();
  try {
    await buildIfNeeded(process.env, (message) => console.log(message));
    return { name: "build", passed: 1, failed: 0, seconds: (Date.now() - startedAt) / 1000 };
  } catch (error) {
    console.error(error);
    return { name: "build", passed: 0, failed: 1, seconds: (Date.now() - startedAt) / 1000 };
  }
};

const main = async () => {
  const skipE2e = process.argv.includes("--skip-e2e");
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  console.log(
    process.env.DATABASE_URL
      ? "Tests create their databases on the server at DATABASE_URL."
      : "DATABASE_URL is not set: tests use an embedded PostgreSQL (PGlite).",
  );

  const results: RunnerResult[] = [];
  results.push(await check("typecheck", bin("tsc"), ["--noEmit"]));
  results.push(await check("lint", bin("eslint"), ["--max-warnings", "0", "."]));
  results.push(await check("format", bin("prettier"), ["--check", "."]));
  results.push(await vitest("unit", "vitest.config.ts"));
  results.push(await vitest("integration", "vitest.integration.config.ts"));
  if (!skipE2e) {
    const built = await build();
    results.push(built);
    if (built.failed === 0) results.push(await playwright());
    else results.push({ name: "browser", passed: 0, failed: 1, seconds: 0 });
  }

  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  writeFileSync(
    path.join(resultsDir, "summary.json"),
    JSON.stringify({ passed, failed, runners: results }, null, 2),
  );
  banner("summary");
  for (const result of results) {
    console.log(
      `${result.failed === 0 ? "✓" : "✗"} ${result.name.padEnd(12)} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed  ${result.seconds.toFixed(0)}s`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
};

await main();
