/**
 * The application's configuration, validated once with zod. This is the only module that reads
 * `process.env` (an ESLint rule enforces it); everything else imports `env`.
 *
 * A missing or malformed variable stops the process with a message that lists every problem at
 * once, so an operator fixes them in one go instead of one per restart.
 */
import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

const port = z.coerce.number().int().min(1).max(65_535);

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),

  /** PostgreSQL connection string. `npm start` fills it in with the embedded database's. */
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),

  /** Where the embedded PostgreSQL (PGlite) keeps its files when DATABASE_URL is not set. */
  EMBEDDED_DATABASE_DIR: z.string().min(1).default(".data/pglite"),
  EMBEDDED_DATABASE_PORT: port.default(54329),
  /** PGlite drops clients beyond this: it must cover every pool (app, migrations, scripts). */
  EMBEDDED_DATABASE_MAX_CONNECTIONS: z.coerce.number().int().min(2).max(500).default(64),

  /** Signs session tokens. `npm start` generates and keeps one in .data/ when absent. */
  NEXTAUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  /** The public base URL of the app; used in links inside emails. */
  APP_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  PORT: port.default(3000),

  /** smtp://user:password@host:port or smtps://…; without it emails stay in the outbox. */
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
  ),
  SMTP_FROM: z.string().min(3).default("Fairtrace <no-reply@fairtrace.local>"),

  /** `npm start` adds the demo organisation unless this is "false". */
  DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),

  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** How long a colleague invitation link stays valid. */
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** Lifetime of a sign-in session. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
});

export type TEnv = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses a set of variables; exported so scripts and tests can validate their own overrides. */
export const parseEnv = (source: Record<string, string | undefined>): TEnv => {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const value = source[name];
    const shown = value === undefined ? "missing" : `got ${JSON.stringify(value.slice(0, 40))}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new EnvError(problems);
};

export const env: TEnv = parseEnv(process.env);

/** The base URL used in links sent by email. */
export const appBaseUrl = (): string =>
  (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
