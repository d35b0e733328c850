/**
 * The server behind the browser tests, started by Playwright (playwright.config.ts, webServer):
 *  - a fresh test database (dropped on exit), with the demo data;
 *  - a real SMTP server on loopback that keeps what it receives, and a tiny HTTP mailbox so
 *    tests can read the emails the app sent (GET /messages?to=address);
 *  - the app itself, built and served exactly as `npm start` serves it.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

import { createDb } from "@/server/db";

import { seedDemoData } from "../../../prisma/demo/demo-data";
import { buildIfNeeded, serveApp } from "../../../scripts/lib/serve";
import { createTestDatabase } from "../../support/test-database";
import { E2E_APP_PORT, E2E_MAILBOX_PORT, E2E_SMTP_PORT, type ReceivedEmail } from "./e2e-ports";

const log = (message: string) => console.log(`[e2e-server] ${message}`);

const startSmtpCapture = (inbox: ReceivedEmail[]) => {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          inbox.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error))),
        );
    },
  });
  smtp.listen(E2E_SMTP_PORT, "127.0.0.1");
  const mailbox = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const to = url.searchParams.get("to")?.toLowerCase();
    const messages = to ? inbox.filter((message) => message.to.includes(to)) : inbox;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(messages));
  });
  mailbox.listen(E2E_MAILBOX_PORT, "127.0.0.1");
  return async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => mailbox.close(() => resolve()));
  };
};

const main = async () => {
  const database = await createTestDatabase({ label: "e2e" });
  log(`database: ${database.kind}`);
  const inbox: ReceivedEmail[] = [];
  const stopSmtp = startSmtpCapture(inbox);

  const db = createDb(database.url, 1);
  await seedDemoData({ db });
  await db.$disconnect();

  const appUrl = `http://127.0.0.1:${E2E_APP_PORT}`;
  const childEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: appUrl,
    APP_URL: appUrl,
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    PORT: String(E2E_APP_PORT),
    LOG_LEVEL: "warn",
    // See createDb: the embedded database needs a single connection per process.
    DATABASE_POOL_SIZE: database.kind === "embedded" ? "1" : "5",
  };
  await buildIfNeeded(childEnv, log);
  const app = await serveApp({ childEnv, port: E2E_APP_PORT, isDev: false });
  log(`app ready at ${appUrl}`);

  let isStopping = false;
  const stop = async () => {
    if (isStopping) return;
    isStopping = true;
    app.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await stopSmtp();
    await database.drop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  app.on("exit", () => void stop());
};

main().catch((error: unknown) => {
  console.error("[e2e-server] failed:", error);
  process.exit(1);
});
