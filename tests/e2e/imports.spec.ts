/**
 * Journey 2 (map), the import part: the demo analyst uploads a CSV of suppliers with one bad row,
 * sees the problem in the report, fixes it in the app, confirms, waits for the import to finish,
 * and finds the suppliers on the list and on the map.
 */
import { randomUUID } from "node:crypto";

import type { Page } from "@playwright/test";

import { expect, expectAccessible, open, signIn, test, waitForHydration } from "./support/fixtures";

/** The supplier count the map's table shows for a country (0 when the country is not listed). */
const mapCount = async (page: Page, countryName: string): Promise<number> => {
  await open(page, "/suppliers/map");
  const table = page.getByTestId("map-country-table");
  await expect(table.or(page.getByText(/no suppliers/i)).first()).toBeVisible();
  if (!(await table.isVisible())) return 0;
  const row = table.getByRole("row").filter({ hasText: countryName });
  if ((await row.count()) === 0) return 0;
  const supplierCell = row.first().getByRole("cell").nth(1);
  return Number((await supplierCell.innerText()).replace(/[^\d]/g, ""));
};

test("[IMPORT] imports a CSV with one bad row, fixes it, imports, and sees the suppliers on the list and the map", async ({
  page,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const names = [
    `E2E Andes Cotton ${suffix} S.A.C.`,
    `E2E Lima Knitwear ${suffix}`,
    `E2E Cusco Alpaca ${suffix}`,
    `E2E Misplaced Yarn ${suffix}`,
  ];
  const csv = [
    "Supplier name,Country/Region,Registration no.,Annual spend,Currency",
    `${names[0]},Peru,PE-${suffix}-1,"1,200.50",USD`,
    `${names[1]},Perú,PE-${suffix}-2,,`,
    `${names[2]},PE,,"3.400,00",PEN`,
    `${names[3]},Atlantis,PE-${suffix}-4,,`,
  ].join("\r\n");

  await signIn(page, "analyst@demo.fairtrace.example", "fairtrace-demo");
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  const peruBefore = await mapCount(page, "Peru");

  // Upload.
  await page.getByRole("link", { name: "Imports" }).click();
  await expect(page).toHaveURL(/\/imports$/);
  await expect(page.getByRole("heading", { name: "Imports", level: 1 })).toBeVisible();
  await open(page, "/imports/new?entity=suppliers");
  await expectAccessible(page);
  await expect(page.getByLabel("Suppliers")).toBeChecked();
  // A broken file is refused with a message that says what to do.
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({
    name: "notes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Supplier name,Country\r\n", "utf8"),
  });
  await page.getByRole("button", { name: "Upload and continue" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The file has a header row but no data rows." }),
  ).toBeVisible();
  await page.getByLabel("File (CSV or XLSX)").setInputFiles({
    name: `suppliers-${suffix}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByRole("button", { name: "Upload and continue" }).click();

  // Mapping: proposed from the headers, accepted as is.
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "1. Match the columns" })).toBeVisible();
  await expect(page.getByLabel("Legal name (required)")).toHaveValue("Supplier name");
  await expect(page.getByLabel("Country (required)")).toHaveValue("Country/Region");
  await page.getByRole("button", { name: "Save and check the rows" }).click();

  // The report shows the bad row, as numbered in the file, with its column and value.
  await expect(page.getByText("1 row has problems")).toBeVisible();
  const badRow = page.getByTestId("import-row-5");
  await expect(badRow).toContainText("Country/Region:");
  await expect(badRow).toContainText("not a country we know");
  await expect(badRow).toContainText("Atlantis");
  await expect(page.getByRole("button", { name: "Import 3 suppliers" })).toBeDisabled();
  await expectAccessible(page);

  // Fixed in the app.
  await page.getByRole("button", { name: "Fix row 5" }).click();
  const dialog = page.getByRole("dialog", { name: "Fix row 5" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Country/Region")).toHaveValue("Atlantis");
  await expectAccessible(page);
  await dialog.getByLabel("Country/Region").fill("Peru");
  await dialog.getByRole("button", { name: "Save and check" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Row 5 is fixed.")).toBeVisible();
  await expect(page.getByText("All 4 rows are ready to import.")).toBeVisible();

  // The preview shows the rows as they will be imported.
  await expect(page.getByRole("heading", { name: "2. Preview" })).toBeVisible();

  // Confirm; the import runs in the background and the page follows it.
  await page.getByRole("button", { name: "Import 4 suppliers" }).click();
  await expect(page.getByRole("heading", { name: "Import completed" })).toBeVisible({
    timeout: 30_000,
  });
  const result = page.getByTestId("import-result");
  await expect(result).toContainText("Suppliers created");
  await expect(result.getByRole("definition").first()).toHaveText("4");
  await expectAccessible(page);

  // The suppliers are on the list …
  await open(page, `/suppliers?q=${encodeURIComponent(`E2E`)}&country=PE`);
  for (const name of names) await expect(page.getByText(name)).toBeVisible();

  // … and on the map.
  expect(await mapCount(page, "Peru")).toBe(peruBefore + 4);
  await waitForHydration(page);
});

test("[IMPORT] a viewer is told that importing needs another role", async ({ page }) => {
  await signIn(page, "viewer@demo.fairtrace.example", "fairtrace-demo");
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Imports" })).toHaveCount(0);
  await open(page, "/imports");
  await expect(page.getByText("You cannot import data")).toBeVisible();
  await expectAccessible(page);
});
