#!/usr/bin/env node
/**
 * Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded here.
 * `scripts/prisma.mjs` runs the stock Prisma CLI with PRISMA_SCHEMA_ENGINE_BINARY pointing at this
 * file; we run the WebAssembly build of the engine (`@prisma/schema-engine-wasm`) and give it
 * database access through `@prisma/adapter-pg`. PRISMA_SCHEMA_ENGINE_WASM may name another
 * build of the same `.wasm` (e.g. the exact commit the CLI ships in node_modules/prisma/build).
 *
 * How the CLI talks to an engine:
 * - Arguments: `--datamodels FILE...` (schema files), `--datasource '{"url":…,"shadowDatabaseUrl":…}'`
 *   and flags we ignore (`--enabled-preview-features X`, `--extension-types X`); `--version`.
 * - One-shot `cli can-connect-to-database` / `cli create-database`: answered by the exit code. On
 *   failure stderr carries JSON lines; the CLI skips the first and reads `{"level":"ERROR",
 *   "target":"schema_engine::logger","fields":{"error_code":"P1001","message":…}}`.
 * - Otherwise line-delimited JSON-RPC 2.0 on stdin/stdout: each request's method is the method of
 *   the same name on the Wasm `SchemaEngine`. Errors are answered with code 4466 and
 *   `data: { is_panic, message, error_code, meta }`. For `diff`, the engine's `stdout` goes to
 *   the CLI as a `print` request, and the call is answered with `{ exitCode }`.
 * - stdout is the JSON-RPC channel and nothing else: all logging goes to stderr as JSON lines.
 *
 * Traps, each marked "Trap N" where it is handled:
 * (1) adapter-pg rejects PostgreSQL "char" columns (oid 18, e.g. pg_class.relkind), which the
 *     engine reads; they must reach it as the adapter's Character column type.
 * (2) adapter-pg's connectToShadowDb() builds its pool from the main connection string, so the
 *     "shadow" database is silently the main one. We provide the shadow database ourselves.
 * (3) adapter-pg's executeScript splits on ";", breaking `$$…$$` bodies. We send the whole script
 *     as one simple query, as the native engine does.
 * (4) createMigration / evaluateDataLoss fail with "shadow DB must be provided through an external
 *     factory" while the engine's migration cache is cold; diagnoseMigrationHistory warms it.
 * (5) One engine instance per process: it keeps state between the CLI's requests.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import readline from "node:readline";

import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {{ url: string, shadowDatabaseUrl?: string }} Datasource */

/**
 * Writes one JSON log line to stderr, shaped like the native engine's (the CLI parses them).
 * @param {"INFO" | "WARN" | "ERROR"} level @param {string} message @param {object} [fields]
 */
function log(level, message, fields = {}) {
  const line = { timestamp: new Date().toISOString(), level, target: "schema_engine::logger" };
  process.stderr.write(`${JSON.stringify({ ...line, fields: { message, ...fields } })}\n`);
}

/** Exits once stdout (the JSON-RPC channel) has been flushed. @param {number} code */
const exit = (code) => process.stdout.write("", () => process.exit(code));

// ---------------------------------------------------------------------------------------------
// Database access

/** @param {string} url */
const databaseOf = (url) => decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";

/** @param {string} url @param {string} database */
function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** Runs one statement on a short-lived connection of its own. @param {string} url @param {string} sql */
async function runAdmin(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates the database a URL names, from the server's `postgres` database. @param {string} url */
const createDatabase = (url) =>
  runAdmin(withDatabase(url, "postgres"), `CREATE DATABASE ${quoteIdent(databaseOf(url))}`);

/**
 * Trap 1. This pg.Client relabels "char" result fields as text before adapter-pg maps their types
 * (the values already are one-letter strings), and remembers which columns they were under the
 * result's `rows` array, which adapter-pg passes on as is; `withCharColumns` then marks them.
 * @type {WeakMap<unknown[], number[]>}
 */
const charColumnsByRows = new WeakMap();

/** @param {pg.QueryResult | pg.QueryResult[]} result */
function relabelCharFields(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    const charColumns = [];
    for (const [i, field] of (r?.fields ?? []).entries()) {
      if (field.dataTypeID === 18 /* "char" */) {
        field.dataTypeID = 25; /* text */
        charColumns.push(i);
      }
    }
    if (charColumns.length > 0) charColumnsByRows.set(r.rows, charColumns);
  }
  return result;
}

class CharAwareClient extends pg.Client {
  /** @param {any} config @param {any} [values] @param {Function} [callback] @returns {any} */
  query(config, values, callback) {
    if (typeof values === "function") [values, callback] = [undefined, values];
    if (typeof callback === "function") {
      return super.query(config, values, (err, res) =>
        callback(err, err ? res : relabelCharFields(res)),
      );
    }
    const ret = super.query(config, values); // a promise, or a Submittable (left alone)
    return typeof ret?.then === "function" ? ret.then(relabelCharFields) : ret;
  }
}

/**
 * Trap 1: marks the remembered "char" columns as Character, on the adapter and its transactions.
 * @template {{ queryRaw: Function, startTransaction?: Function }} T @param {T} queryable @returns {T}
 */
function withCharColumns(queryable) {
  const { queryRaw, startTransaction } = queryable;
  queryable.queryRaw = async (/** @type {unknown} */ query) => {
    const resultSet = await queryRaw.call(queryable, query);
    for (const i of charColumnsByRows.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  if (startTransaction) {
    queryable.startTransaction = async (/** @type {unknown[]} */ ...args) =>
      withCharColumns(await startTransaction.apply(queryable, args));
  }
  return queryable;
}

/** An adapter-pg connection (a lazy pool) with traps 1 and 3 handled. @param {string} url */
async function connectAdapter(url) {
  if (!url) throw new Error("No datasource url: set it in prisma.config.ts (DATABASE_URL).");
  const options = { schema: new URL(url).searchParams.get("schema") ?? undefined };
  const factory = new PrismaPg({ connectionString: url, Client: CharAwareClient }, options);
  const adapter = withCharColumns(await factory.connect());
  // Trap 3: pg sends a query without parameters through the simple-query protocol, so PostgreSQL
  // itself splits the script ($$ bodies intact, one implicit transaction); executeRaw keeps
  // adapter-pg's error mapping.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** Empties a configured shadow database: drops every user schema, recreates `public`. */
const WIPE_SQL = `DO $wipe$ DECLARE s name; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
  LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP;
  CREATE SCHEMA public;
END $wipe$;`;

/**
 * The adapter factory the engine gets: adapter-pg connections with the traps handled, and a
 * shadow database under our control (trap 2).
 * @param {Datasource} datasource
 */
function createAdapterFactory(datasource) {
  /** @type {{ name: string, adapter: SqlDriverAdapter }[]} temporary shadows of the current request */
  const temporary = [];
  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(datasource.url),

    async connectToShadowDb() {
      const { url, shadowDatabaseUrl } = datasource;
      if (shadowDatabaseUrl) {
        // Configured shadow database: the Wasm engine does not reset it, so we empty it first.
        if (shadowDatabaseUrl === url)
          throw new Error("shadowDatabaseUrl must differ from the datasource url.");
        const adapter = await connectAdapter(shadowDatabaseUrl);
        await adapter.executeScript(WIPE_SQL);
        return adapter;
      }
      // Otherwise a temporary database beside the main one, as the native engine does.
      const name = `${databaseOf(url).slice(0, 40)}_shadow_${randomBytes(4).toString("hex")}`;
      await runAdmin(url, `CREATE DATABASE ${quoteIdent(name)}`);
      const adapter = await connectAdapter(withDatabase(url, name));
      temporary.push({ name, adapter });
      const { rows } = await adapter.queryRaw({
        sql: "SELECT current_database()",
        args: [],
        argTypes: [],
      });
      if (rows[0]?.[0] !== name) {
        // PGlite over a socket serves one database whatever name the URL gives.
        throw new Error(
          "This server ignores the database name in the URL (PGlite?), so it cannot hold a temporary " +
            "shadow database: set shadowDatabaseUrl (SHADOW_DATABASE_URL) to a second, disposable server.",
        );
      }
      log("INFO", `Created temporary shadow database ${name}`);
      return adapter;
    },

    /** Drops the temporary shadow databases; called after every request. */
    async dropTemporaryShadows() {
      for (const { name, adapter } of temporary.splice(0)) {
        await adapter.dispose().catch(() => {}); // the engine may have disposed of it already
        await runAdmin(datasource.url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        log("INFO", `Dropped temporary shadow database ${name}`);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The Wasm engine and the JSON-RPC loop

/** Without this global, engine panics surface as an unreadable TypeError. */
let panicMessage = "";
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (/** @type {string} */ m) => void (panicMessage = m),
};

/** Set by `serve`: runs before exiting on a crash. */
let cleanUp = async () => {};
// A panic inside an engine task surfaces as an uncaught RuntimeError. Exit like the native engine
// does on a panic: an ERROR line with the message, exit code 101 (the CLI reports a RustPanic).
process.on("uncaughtException", (error) => {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  log("ERROR", isPanic && panicMessage ? panicMessage : String(error?.stack ?? error));
  void cleanUp().finally(() => exit(isPanic ? 101 : 1));
});
process.stderr.on("error", () => {}); // the CLI may close our stderr before we are done

/** Instantiates the Wasm by hand: the package's entry point imports a `.wasm`, which Node cannot. */
async function loadWasm() {
  const file =
    process.env.PRISMA_SCHEMA_ENGINE_WASM ??
    new URL(
      "schema_engine_bg.wasm",
      import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
    );
  const { instance } = await WebAssembly.instantiate(readFileSync(file), {
    "./schema_engine_bg.js": wasmBindings,
  });
  wasmBindings.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return wasmBindings;
}

/**
 * A JSON-RPC error as the native engine sends it. An error thrown inside the adapter reaches us
 * as "External error id#N"; the bound factory's error registry holds the original.
 * @param {any} error @param {{ errorRegistry: { consumeError(id: number): { error: any } | undefined } }} factory
 */
function toRpcError(error, factory) {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = (
    isPanic ? panicMessage || error.message : String(error?.message ?? error)
  ).replace(
    /External error id#(\d+)/g,
    (text, id) => factory.errorRegistry.consumeError(Number(id))?.error?.message ?? text,
  );
  return {
    code: 4466,
    // The CLI shows this top-level message for panics, and reads `data` otherwise.
    message: isPanic ? message : "An error happened. Check the data field for details.",
    data: { is_panic: isPanic, message, error_code: error?.code, meta: error?.meta },
  };
}

/** @param {string[]} files @param {Datasource} datasource */
async function serve(files, datasource) {
  const wasm = await loadWasm();
  const factory = createAdapterFactory(datasource);
  const boundFactory = bindMigrationAwareSqlAdapterFactory(factory);
  cleanUp = () => factory.dropTemporaryShadows();
  // Without schema files (e.g. `migrate diff`), the engine panics where it needs the connector
  // ("validate_multi_file() must be called with at least one file"): give it the provider alone.
  /** @type {[string, string][]} */
  const datamodels = files.length
    ? files.map((file) => [file, readFileSync(file, "utf8")])
    : [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']];
  const onLog = (/** @type {unknown} */ line) =>
    process.stderr.write(`${String(line).trimEnd()}\n`);
  // Trap 5: one engine for the whole process.
  const engine = /** @type {any} */ (
    await wasm.SchemaEngine.new({ datamodels }, onLog, boundFactory)
  );

  const send = (/** @type {object} */ message) =>
    process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  /** Our own requests to the CLI (`print`), waiting for its answer. @type {Map<number, () => void>} */
  const pending = new Map();
  let nextId = 1;
  const print = (/** @type {string} */ content) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, () => resolve(undefined));
      send({ id, method: "print", params: { content } });
    });

  /** @param {string} method @param {any} params */
  async function call(method, params) {
    switch (method) {
      case "diff": {
        const { exitCode, stdout } = await engine.diff(params);
        if (stdout != null) await print(stdout);
        return { exitCode };
      }
      case "createMigration":
      case "evaluateDataLoss":
        try {
          return await engine[method](params);
        } catch (error) {
          if (!/external factory/.test(String(/** @type {any} */ (error)?.message))) throw error;
          // Trap 4: warm the engine's migration cache with the same migrations, then retry once.
          log(
            "INFO",
            `${method}: cold migration cache; running diagnoseMigrationHistory, then retrying`,
          );
          const { migrationsList, filters } = params;
          await engine.diagnoseMigrationHistory({
            migrationsList,
            filters,
            optInToShadowDatabase: true,
          });
          return await engine[method](params);
        }
      case "getDatabaseVersion": // the Wasm engine's name for it is `version`
        return engine.version(params);
      default:
        if (method === "free" || typeof engine[method] !== "function")
          throw new Error(`Unknown method ${method}`);
        return engine[method](params);
    }
  }

  /** @param {{ id: number, method: string, params?: unknown }} request */
  async function handle({ id, method, params }) {
    /** @type {{ result: unknown } | { error: ReturnType<typeof toRpcError> }} */
    let answer;
    try {
      answer = { result: (await call(method, params)) ?? {} };
    } catch (error) {
      answer = { error: toRpcError(error, boundFactory) };
    }
    // Trap 2: temporary shadow databases live for one request. Drop them before answering: once
    // it has its last answer, the CLI ends our stdin and sends SIGTERM at once.
    await factory
      .dropTemporaryShadows()
      .catch((error) => log("WARN", `Dropping a shadow database: ${error}`));
    send({ id, ...answer });
    if ("error" in answer && answer.error.data.is_panic) exit(101); // a panicked engine is unusable
  }

  // Requests run one at a time, in order; the CLI's answers to `print` are handled at once.
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method) {
      queue = queue.then(() => handle(message));
    } else {
      pending.get(message.id)?.();
      pending.delete(message.id);
    }
  });
  const finish = () => void queue.then(() => exit(0));
  lines.on("close", finish);
  process.on("SIGTERM", finish);
}

// ---------------------------------------------------------------------------------------------
// One-shot commands and the entry point

/** The native engine's error code and message for a failed connection. @param {any} error @param {string} url */
function connectionError(error, url) {
  const { hostname: host, port, username } = new URL(url);
  const at = `\`${host}:${port || "5432"}\``;
  if (error?.code === "3D000") {
    return {
      error_code: "P1003",
      message: `Database \`${databaseOf(url)}\` does not exist on the database server at ${at}.`,
    };
  }
  if (error?.code === "28P01" || error?.code === "28000") {
    const message = `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${decodeURIComponent(username)}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at ${at}.`;
    return { error_code: "P1000", message };
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT"].includes(error?.code)) {
    return {
      error_code: "P1001",
      message: `Can't reach database server at ${at}\n\nPlease make sure your database server is running at ${at}.`,
    };
  }
  return { message: String(error?.message ?? error) };
}

/** @param {string | undefined} command @param {Datasource} datasource @returns {Promise<number>} */
async function runOneShot(command, datasource) {
  log("INFO", `schema-engine-wasm bridge: cli ${command}`); // the CLI skips the first stderr line
  try {
    if (command === "can-connect-to-database") await runAdmin(datasource.url, "SELECT 1");
    else if (command === "create-database") await createDatabase(datasource.url);
    else throw new Error(`Unknown command: cli ${command}`);
    return 0;
  } catch (error) {
    const { message, ...fields } = connectionError(error, datasource.url);
    log("ERROR", message, fields);
    return 1;
  }
}

const argv = process.argv.slice(2);
/** @type {string[]} */
const datamodels = [];
/** @type {Datasource} */
let datasource = { url: "" };
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--datamodels")
    while (argv[i + 1] && !argv[i + 1].startsWith("--")) datamodels.push(argv[++i]);
  else if (argv[i] === "--datasource") datasource = JSON.parse(argv[++i]);
  // Anything else (--enabled-preview-features X, --extension-types X) is ignored.
}

if (argv.includes("--version")) {
  process.stdout.write(`schema-engine-cli ${(await loadWasm()).version()}\n`);
} else if (argv.includes("cli")) {
  process.exitCode = await runOneShot(argv[argv.indexOf("cli") + 1], datasource);
} else {
  await serve(datamodels, datasource);
}
