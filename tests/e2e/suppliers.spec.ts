import { randomUUID } from "node:crypto";

import { expectAccessible, open, signIn, test, expect, waitForHydration } from "./support/fixtures";

const ANALYST = { email: "analyst@demo.fairtrace.example", password: "fairtrace-demo" };

test("[SUPPLIERS] create a supplier with a site, add a sub-supplier, see the tiers, merge a likely duplicate", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 6);
  const brand = `Harbour Knitwear ${suffix}`;
  const mill = `Mekong Dyeing Mill ${suffix}`;
  const millTwin = `Mekong Dyeing Mills ${suffix}`;

  await signIn(page, ANALYST.email, ANALYST.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await waitForHydration(page);

  // A direct supplier.
  await open(page, "/suppliers/new");
  await expectAccessible(page);
  await page.getByLabel("Legal name").fill(brand);
  await page.getByLabel("Country", { exact: true }).selectOption("TH");
  await page.getByLabel("Products or commodities bought").fill("Knitted garments");
  await page.getByRole("button", { name: "Add supplier" }).click();
  await expect(page.getByRole("heading", { name: brand, level: 1 })).toBeVisible();
  await expect(page.getByText(`${brand} was added.`)).toBeVisible();

  // Its site, with a workforce profile where unknown stays unknown.
  await page.getByRole("button", { name: "Add site" }).click();
  const siteForm = page.getByRole("form", { name: "Add a site" });
  await siteForm.getByLabel("Site name").fill("Samut Sakhon plant");
  await siteForm.getByLabel("Country").selectOption("TH");
  await siteForm.getByLabel("Headcount").fill("640");
  await siteForm.getByLabel("Migrant workers (%)").fill("55");
  await siteForm.getByRole("button", { name: "Add site" }).click();
  const sites = page.getByTestId("sites-list");
  await expect(sites).toContainText("Samut Sakhon plant");
  await expect(sites).toContainText("55 %");
  await expect(sites.getByText("Unknown").first()).toBeVisible();
  await expectAccessible(page);

  // A sub-supplier, not bought from directly: not connected until linked.
  await open(page, "/suppliers/new");
  await page.getByLabel("Legal name").fill(mill);
  await page.getByLabel("Country", { exact: true }).selectOption("VN");
  await page.getByLabel("We buy from this supplier directly (tier 1)").uncheck();
  await page.getByRole("button", { name: "Add supplier" }).click();
  await expect(page.getByRole("heading", { name: mill, level: 1 })).toBeVisible();
  await expect(page.getByText("Not connected to a direct supplier").first()).toBeVisible();

  // Link it from the brand's side: the brand buys from the mill.
  await page.getByRole("button", { name: "Add a supply link" }).click();
  await page.getByLabel(`The supplier below buys from ${mill} (a buyer)`).check();
  await page.getByLabel("Find the other supplier").fill(brand);
  await page.getByRole("radio", { name: new RegExp(brand) }).check();
  await page.getByLabel("Product").fill("Dyed fabric");
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByTestId("buyers-table")).toContainText(brand);
  await expect(page.getByTestId("buyers-table")).toContainText("Tier 1");
  await expect(page.getByText(/^Tier 2: the shortest chain/)).toBeVisible();

  // The brand's page shows the mill upstream at tier 2.
  await page.getByTestId("buyers-table").getByRole("link", { name: brand }).click();
  await expect(page.getByRole("heading", { name: brand, level: 1 })).toBeVisible();
  const subSuppliers = page.getByTestId("sub-suppliers-table");
  await expect(subSuppliers).toContainText(mill);
  await expect(subSuppliers).toContainText("Tier 2");
  await expectAccessible(page);

  // Typing a near-identical name shows the likely duplicate before saving.
  await open(page, "/suppliers/new");
  await page.getByLabel("Legal name").fill(millTwin);
  await page.getByLabel("Country", { exact: true }).selectOption("VN");
  await page.getByLabel("We buy from this supplier directly (tier 1)").uncheck();
  const hints = page.getByTestId("duplicate-hints");
  await expect(hints).toContainText("1 similar supplier already exists");
  await expect(hints).toContainText(mill);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add supplier" }).click();
  await expect(page.getByRole("heading", { name: millTwin, level: 1 })).toBeVisible();

  // It was created and queued; the review queue shows the pair, which is merged.
  await page.getByRole("link", { name: /It looks like 1 existing supplier/ }).click();
  await expect(page.getByRole("heading", { name: "Possible duplicates" })).toBeVisible();
  await waitForHydration(page);
  const pair = page.getByRole("region", { name: `${mill} and ${millTwin}` });
  await expect(pair).toBeVisible();
  await expect(pair).toContainText("Similar name");
  await expectAccessible(page);
  await pair.getByRole("button", { name: `Keep ${mill}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Merge" }).click();
  await expect(page.getByText(`${millTwin} was merged into ${mill}.`)).toBeVisible();
  await expect(page.getByTestId("duplicates-total")).toHaveText("Nothing to review.");

  // The list now holds the brand and one mill, with their tiers; the twin is an other name.
  await open(page, `/suppliers?q=${suffix}`);
  const table = page.getByTestId("suppliers-table");
  await expect(page.getByTestId("suppliers-total")).toHaveText("2 suppliers");
  await expect(table.getByRole("row", { name: new RegExp(brand) })).toContainText("Tier 1");
  await expect(table.getByRole("row", { name: new RegExp(mill) })).toContainText("Tier 2");
  await expect(table).toContainText(millTwin);
  await expectAccessible(page);
});

test("[SUPPLIERS] the list reads its filters from the address, as the map links to it", async ({
  page,
}) => {
  await signIn(page, ANALYST.email, ANALYST.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await open(page, "/suppliers?country=TH&sort=tier");
  await expect(page.getByRole("button", { name: "Remove Thailand" })).toBeVisible();
  const rows = page.getByTestId("suppliers-table").locator("tbody tr");
  const count = await rows.count();
  for (let index = 0; index < count; index += 1) {
    await expect(rows.nth(index)).toContainText("Thailand");
  }
  await expect(page.getByRole("link", { name: /possible duplicate/ })).toBeVisible();
  await expectAccessible(page);
});
