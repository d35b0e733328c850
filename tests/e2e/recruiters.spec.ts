import { randomUUID } from "node:crypto";

import type { Page } from "@playwright/test";

import { expect, expectAccessible, open, signIn, test, waitForHydration } from "./support/fixtures";

const ANALYST = { email: "analyst@demo.fairtrace.example", password: "fairtrace-demo" };

test("[RECRUITERS] an analyst records a recruiter with a revoked licence, a Nepal → Malaysia corridor, a sub-agent and a site, and sees the flags", async ({
  browser,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const recruiterName = `Everest Manpower ${suffix}`;
  const subAgentName = `Village Sub-Agent ${suffix}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ANALYST.email, ANALYST.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await waitForHydration(page);

  const site = await createSupplierWithSite(page, suffix);

  // The sub-agent first, so that the recruiter can name it.
  await open(page, "/recruiters/new");
  await page.getByLabel("Name", { exact: true }).fill(subAgentName);
  await page.getByLabel("Type", { exact: true }).selectOption("sub_agent");
  await page.getByRole("button", { name: "Add recruiter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: subAgentName })).toBeVisible();

  // The recruiter, charging fees to workers.
  await open(page, "/recruiters/new");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(recruiterName);
  await page.getByLabel("Filter countries").fill("Nepal");
  await page.getByRole("checkbox", { name: "Nepal" }).check();
  await page.getByLabel("Filter countries").fill("Malaysia");
  await page.getByRole("checkbox", { name: "Malaysia" }).check();
  await page.getByRole("radio", { name: "Fees charged to workers" }).check();
  await page.getByLabel("Typical fee per worker").fill("1500");
  await page.getByLabel("Currency", { exact: true }).selectOption("USD");
  await page.getByRole("button", { name: "Add recruiter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: recruiterName })).toBeVisible();
  const flags = page.getByTestId("recruiter-flags");
  await expect(flags).toContainText("Licence unknown");
  await expect(flags).toContainText("Fees charged to workers");

  // A revoked licence.
  await page.getByLabel("Licence number", { exact: true }).fill(`DOFE-${suffix}`);
  await page.getByLabel("Issuing authority").fill("Department of Foreign Employment");
  await page.getByLabel("Issuing country", { exact: true }).selectOption("NP");
  await page.getByLabel("Status", { exact: true }).selectOption("revoked");
  await page.getByLabel("Valid from").fill("2021-01-01");
  await page.getByLabel("Valid until").fill("2027-12-31");
  await page.getByRole("button", { name: "Add licence" }).click();
  await expect(page.getByText("Licence added.")).toBeVisible();
  await expect(page.getByTestId("licences-table")).toContainText(`DOFE-${suffix}`);
  await expect(flags).toContainText("Licence revoked");
  await expect(flags).not.toContainText("Licence unknown");
  // Why it matters, and that it is a sign, not proof.
  await expect(page.getByText("Why these signs matter")).toBeVisible();
  await expect(page.getByText(/risk signs, not proof/)).toBeVisible();
  await expect(page.getByText(/Employer Pays Principle/)).toBeVisible();

  // The Nepal → Malaysia corridor.
  await page.getByLabel("Origin country").selectOption("NP");
  await page.getByLabel("Destination country").selectOption("MY");
  await page.getByRole("button", { name: "Add corridor" }).click();
  await expect(page.getByTestId("corridors-list")).toContainText("Nepal → Malaysia");

  // The sub-agent.
  await page.getByLabel("Find a recruiter to add as sub-agent").fill(subAgentName);
  await page.getByRole("button", { name: `Add ${subAgentName} as sub-agent` }).click();
  await expect(page.getByText("Sub-agent added.")).toBeVisible();
  await expect(page.getByTestId("sub-agents")).toContainText(subAgentName);

  // The site that uses it.
  await page.getByLabel("Find a site by site or supplier name").fill(site.search);
  await page.getByRole("button", { name: `Choose ${site.name} (${site.supplier})` }).click();
  await page.getByLabel("Workers recruited").fill("120");
  await page.getByLabel("Year", { exact: true }).fill("2025");
  await page.getByRole("button", { name: "Link site", exact: true }).click();
  await expect(page.getByText("Site linked.")).toBeVisible();
  const links = page.getByTestId("site-links-table");
  await expect(links).toContainText(site.name);
  await expect(links.getByRole("link", { name: site.supplier })).toHaveAttribute(
    "href",
    /^\/suppliers\/[0-9a-f-]{36}$/,
  );
  await expectAccessible(page);

  // The chain, seen from the sub-agent's side.
  await page.getByTestId("sub-agents").getByRole("link", { name: subAgentName }).click();
  await expect(page.getByRole("heading", { level: 1, name: subAgentName })).toBeVisible();
  await expect(page.getByTestId("principals")).toContainText(recruiterName);
  await expect(page.getByTestId("principals")).toContainText("Licence revoked");

  // The list flags it too, and filters on the flag.
  await open(page, "/recruiters");
  await expectAccessible(page);
  await page.getByLabel("Search by name").fill(`everest manpower ${suffix}`);
  await page.getByLabel("Risk sign", { exact: true }).selectOption("licence_revoked");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/flag=licence_revoked/);
  const row = page.getByTestId("recruiters-table").getByRole("row", { name: new RegExp(suffix) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Licence revoked");
  await expect(row).toContainText("Fees charged to workers");
  await expect(row).toContainText("Nepal → Malaysia");

  // The site's supplier is one click away.
  await row.getByRole("link", { name: recruiterName }).click();
  await page.getByTestId("site-links-table").getByRole("link", { name: site.supplier }).click();
  await expect(page.getByRole("heading", { name: site.supplier, level: 1 })).toBeVisible();

  await context.close();
});

test("[RECRUITERS] a viewer reads recruiters but cannot change them", async ({ page }) => {
  await signIn(page, "viewer@demo.fairtrace.example", "fairtrace-demo");
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await open(page, "/recruiters");
  await expect(page.getByRole("heading", { level: 1, name: "Labour recruiters" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a recruiter" })).toHaveCount(0);
  await open(page, "/recruiters/new");
  await expect(page.getByText("Your role in this organisation does not allow this.")).toBeVisible();
});

/**
 * A supplier in Malaysia with one site, made through the suppliers pages for this test (the
 * browser test has no database handle: the e2e server owns the database).
 */
const createSupplierWithSite = async (page: Page, suffix: string) => {
  const site = {
    search: `meranti glove ${suffix}`,
    name: `Klang Glove Plant ${suffix}`,
    supplier: `Meranti Glove ${suffix} Sdn Bhd`,
  };
  await open(page, "/suppliers/new");
  await page.getByLabel("Legal name").fill(site.supplier);
  await page.getByLabel("Country", { exact: true }).selectOption("MY");
  await page.getByRole("button", { name: "Add supplier" }).click();
  await expect(page.getByRole("heading", { name: site.supplier, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Add site" }).click();
  const siteForm = page.getByRole("form", { name: "Add a site" });
  await siteForm.getByLabel("Site name").fill(site.name);
  await siteForm.getByLabel("Country").selectOption("MY");
  await siteForm.getByRole("button", { name: "Add site" }).click();
  await expect(page.getByTestId("sites-list")).toContainText(site.name);
  return site;
};
