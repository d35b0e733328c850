/**
 * Shared browser-test helpers: the captured mailbox, accessibility checks, sign-in.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { z } from "zod";

import { E2E_MAILBOX_PORT, type ReceivedEmail } from "./e2e-ports";

const ZReceivedEmailsSchema = z.array(
  z.object({
    to: z.array(z.string()),
    subject: z.string(),
    text: z.string(),
    receivedAt: z.string(),
  }),
);

export type Mailbox = {
  /** Waits for the first email to `to` whose subject matches. */
  waitForEmail: (to: string, subject?: RegExp) => Promise<ReceivedEmail>;
};

/** The emails the app sent, as the loopback SMTP server received them. */
export const mailbox: Mailbox = {
  waitForEmail: async (to, subject) => {
    let found: ReceivedEmail | undefined;
    await expect
      .poll(
        async () => {
          const response = await fetch(
            `http://127.0.0.1:${E2E_MAILBOX_PORT}/messages?to=${encodeURIComponent(to)}`,
          );
          const messages = ZReceivedEmailsSchema.parse(await response.json());
          found = messages.find((message) => !subject || subject.test(message.subject));
          return found !== undefined;
        },
        { message: `an email to ${to}`, timeout: 20_000 },
      )
      .toBe(true);
    if (!found) throw new Error(`no email to ${to}`);
    return found;
  },
};

/** Fails the test on any WCAG 2.x A/AA violation on the current page. */
export const expectAccessible = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
  );
  expect(summary, "accessibility violations").toEqual([]);
};

/**
 * Waits until React has hydrated the current document: input typed or clicks made before that
 * can be lost. Needed after every full page load (goto, reload, or the app's own full reloads).
 */
export const waitForHydration = async (page: Page) => {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
};

/** `page.goto` that returns once the page is interactive. */
export const open = async (page: Page, url: string) => {
  await page.goto(url);
  await waitForHydration(page);
};

export const signIn = async (page: Page, email: string, password: string) => {
  await open(page, "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
};

export { base as test, expect };
