import { expect, expectAccessible, open, signIn, test, waitForHydration } from "./support/fixtures";

const OWNER = { email: "owner@demo.fairtrace.example", password: "fairtrace-demo" };

test("[SUPPLY-CHAIN] the demo owner sees suppliers on the world map and a supplier's chain with flagged recruiters", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await waitForHydration(page);

  // The map: countries with their counts, in a table under the map.
  await open(page, "/suppliers/map");
  await expect(page.getByRole("heading", { level: 1, name: "Supplier map" })).toBeVisible();
  const table = page.getByTestId("map-country-table");
  const bangladesh = table.getByRole("row", { name: /Bangladesh/ });
  await expect(bangladesh).toContainText("7");
  await expect(bangladesh).toContainText("8");
  await expect(table.getByRole("row", { name: /Malaysia/ })).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(12);
  await expectAccessible(page);

  // Hovering or focusing a country names it with its counts.
  await page.locator('a[data-country="CN"]').hover();
  await expect(page.getByText("9 suppliers · 9 sites")).toBeVisible();
  // Other browser tests may add Thai suppliers to the demo organisation (the import journey
  // does), so the focused country's figures are compared with its row in the table.
  const thailand = table.getByRole("row", { name: /Thailand/ });
  const [thaiSuppliers, thaiSites] = await Promise.all([
    thailand.getByRole("cell").nth(1).innerText(),
    thailand.getByRole("cell").nth(2).innerText(),
  ]);
  // Keyboard focus names the focused country once the pointer has left the map.
  await page.mouse.move(0, 0);
  await page.locator('a[data-country="TH"]').focus();
  await expect(
    page.getByText(`${thaiSuppliers.trim()} suppliers · ${thaiSites.trim()} sites`),
  ).toBeVisible();

  // Filters narrow the counts: tier 3 are the farms, mines and vessels at the end of the chain.
  await page.getByLabel("Tier").selectOption("3");
  await expect(table.getByRole("row", { name: /Uzbekistan/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Bangladesh/ })).toHaveCount(0);
  await page.getByLabel("Tier").selectOption("");
  await page.getByLabel("Count suppliers by").selectOption("site");
  await expect(page.getByText("Suppliers with a site in the country")).toBeVisible();

  // The table downloads as CSV.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("suppliers-by-site-country.csv");

  // A country on the map opens with the keyboard (Enter) to its suppliers.
  await page.locator('a[data-country="MY"]').focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suppliers\?country=MY$/);

  // The suppliers list of that country, the glove maker's page, its chain graph.
  await waitForHydration(page);
  await page.getByRole("link", { name: "Meranti Glove Industries Sdn Bhd" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Meranti Glove Industries Sdn Bhd" }),
  ).toBeVisible();
  await waitForHydration(page);
  await page.getByRole("link", { name: "View chain graph" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Supply chain of Meranti Glove Industries Sdn Bhd",
    }),
  ).toBeVisible();
  const graph = page.locator(".react-flow");
  await expect(graph.locator(".react-flow__node-supplier")).toHaveCount(3);
  await expect(graph.getByText("Kinta Latex Concentrate Sdn Bhd")).toBeVisible();
  // Recruiters are flagged with a sign and words, not colour alone.
  const provider = graph.locator(".react-flow__node-recruiter", {
    hasText: "Semenanjung Workforce Outsourcing Sdn Bhd",
  });
  await expect(provider).toContainText("Licence revoked");
  const recruiters = page.getByTestId("chain-recruiters-table");
  await expect(recruiters.getByRole("row", { name: /Dhading Village Sub-Agent/ })).toContainText(
    "Unlicensed",
  );
  await expect(recruiters.getByRole("row", { name: /Himalayan Crest/ })).toContainText(
    "Fees charged to workers",
  );
  await expect(page.getByTestId("chain-links-table")).toContainText("Works through sub-agent");
  await expectAccessible(page);

  // One step each way: the rubber smallholders two steps up drop out.
  await page.getByLabel("Steps to show each way").selectOption("1");
  await expect(page).toHaveURL(/depth=1/);
  await expect(graph.locator(".react-flow__node-supplier")).toHaveCount(2);

  // A node opens its page with the keyboard too.
  await graph.locator(".react-flow__node-supplier", { hasText: "Kinta Latex" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suppliers\/[0-9a-f-]{36}$/);
  await context.close();
});

test("[SUPPLY-CHAIN] a chain graph of an unknown supplier is a 404", async ({ page }) => {
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  const response = await page.goto("/suppliers/0190f5a4-0000-7000-8000-000000000000/chain");
  expect(response?.status()).toBe(404);
});
