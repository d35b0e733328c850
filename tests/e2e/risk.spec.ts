import type { Locator, Page } from "@playwright/test";

import { expect, expectAccessible, open, signIn, test, waitForHydration } from "./support/fixtures";

const OWNER = { email: "owner@demo.fairtrace.example", password: "fairtrace-demo" };
const ADMIN = { email: "admin@demo.fairtrace.example", password: "fairtrace-demo" };
const VIEWER = { email: "viewer@demo.fairtrace.example", password: "fairtrace-demo" };
/** A Malaysian latex supplier whose recruiter charges workers fees (and whose score is not capped). */
const LATEX = "Kinta Latex Concentrate Sdn Bhd";
const GLOVES = "Meranti Glove Industries Sdn Bhd";
const BANDS = ["Low", "Medium", "High", "Critical"] as const;

test("[RISK] the demo owner opens a supplier's risk explanation with its sources, filters the list by band and maps risk", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await waitForHydration(page);

  // The Malaysian glove maker, from the list of Malaysian suppliers.
  await open(page, "/suppliers?country=MY");
  await page.getByRole("link", { name: GLOVES }).click();
  await expect(page.getByRole("heading", { level: 1, name: GLOVES })).toBeVisible();
  await waitForHydration(page);

  // Score and band, in words, and the reminder that these are signs, not proof.
  const panel = page.getByTestId("risk-panel");
  await expect(panel.getByRole("heading", { level: 2, name: "Forced-labour risk" })).toBeVisible();
  await expect(panel.getByTestId("risk-signs-not-proof")).toContainText("signs, not proof");
  const residual = panel.getByTestId("risk-residual");
  await expect(residual).toContainText(/\d+ out of 100/);
  const band = (await residual.locator("[data-band]").getAttribute("data-band")) ?? "";
  expect(["low", "medium", "high", "critical"]).toContain(band);
  const bandWord = BANDS.find((word) => word.toLowerCase() === band) ?? "";
  await expect(residual).toContainText(bandWord);
  await expect(panel.getByTestId("risk-inherent")).toContainText(/\d+ out of 100/);
  // Residual = inherent until questionnaires exist, as the engine states it.
  await expect(panel.getByTestId("risk-residual-note")).toContainText(
    "residual risk equals inherent risk",
  );

  // Every factor with its points, reason, source and edition.
  const factors = panel.getByTestId("risk-factors");
  const tip = factors.locator('tr[data-factor="country_tip"]');
  await expect(tip).toContainText("Malaysia");
  await expect(tip).toContainText("US State Department, Trafficking in Persons report");
  // The edition of the report the tier was read from (e.g. "2025 report").
  await expect(tip.getByRole("cell").nth(4)).toHaveText(/\d{4}/);
  await expect(tip.getByRole("cell").nth(2)).toContainText("Trafficking in Persons report");
  await expect(tip.getByRole("cell").nth(1)).toHaveText(/^\+\d+$/);
  await expect(factors).toContainText("Recruitment: fees charged to workers");
  await expect(factors.getByRole("rowheader", { name: "Inherent score" })).toBeVisible();
  await expect(panel.getByTestId("risk-unknowns")).toBeVisible();
  await expect(panel.getByTestId("risk-basis")).toContainText("Computed on");

  // The history: a line chart, and the same figures as a table and a CSV file.
  const history = panel.getByTestId("risk-history");
  const chart = history.getByTestId("risk-history-chart");
  // A line (a flat one has no height, so it is checked by its path, not its box) and a dot
  // per computation.
  await expect(chart.locator(".recharts-line-curve")).toHaveAttribute("d", /^M[\d.]+,[\d.]+L/);
  await expect(chart.locator(".risk-history-dot").first()).toBeVisible();
  const historyRows = history.getByTestId("risk-history-table").locator("tbody tr");
  expect(await historyRows.count()).toBeGreaterThanOrEqual(1);
  await expect(historyRows.last()).toContainText(bandWord);
  const downloadPromise = page.waitForEvent("download");
  await history.getByRole("button", { name: "Download CSV" }).click();
  expect((await downloadPromise).suggestedFilename()).toBe(
    "meranti-glove-industries-sdn-bhd-risk-history.csv",
  );

  // Each site shows its own band and opens its own explanation.
  const site = page.getByTestId("sites-list").getByTestId("site-risk").first();
  await expect(site.locator("[data-band]")).toBeVisible();
  await site.getByRole("button", { name: /Show the risk explanation/ }).click();
  await expect(site.getByRole("region", { name: /risk explanation/ })).toBeVisible();
  await expect(site.getByRole("button", { name: /Hide the risk explanation/ })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expectAccessible(page);

  // The list, filtered by the glove maker's band: it is there, and every row has that band.
  await open(page, "/suppliers");
  // The checkbox follows the address, so it is checked once the list has navigated.
  const bandFilter = page.getByRole("checkbox", { name: bandWord, exact: true });
  await bandFilter.click();
  await expect(page).toHaveURL(new RegExp(`risk=${band}`));
  await expect(bandFilter).toBeChecked();
  const table = page.getByTestId("suppliers-table");
  await expect(table.getByRole("link", { name: GLOVES })).toBeVisible();
  const bandsShown = await table
    .locator("tbody [data-band]")
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute("data-band")));
  expect(new Set(bandsShown)).toEqual(new Set([band]));
  // Sorted by risk, highest first.
  await page.getByRole("button", { name: /Sort by Risk/ }).click();
  await expect(page).toHaveURL(/sort=riskScore&direction=desc/);
  await expectAccessible(page);

  // The map, switched to risk: the legend explains the share, the table and CSV follow.
  await open(page, "/suppliers/map");
  await page.getByLabel("Shade countries by").selectOption("risk");
  await expect(page.getByText(/Of the scored suppliers registered in the country/)).toBeVisible();
  const riskTable = page.getByTestId("map-risk-table");
  const malaysia = riskTable.getByRole("row", { name: /Malaysia/ });
  await expect(malaysia).toBeVisible();
  await expect(malaysia.getByRole("cell").nth(1)).toHaveText(/%|None scored yet/);
  await expect(page.getByTestId("map-risk-note")).toContainText("not proof");
  // Each country names its figures, in words.
  await expect(page.locator('a[data-country="MY"]')).toHaveAttribute(
    "aria-label",
    /^Malaysia: .*(at high or critical risk|none scored yet)/,
  );
  const mapDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  expect((await mapDownload).suggestedFilename()).toBe("supplier-risk-by-country.csv");
  await expectAccessible(page);

  await context.close();
});

/** The number in "62 out of 100" of a score box. */
const scoreIn = async (box: Locator): Promise<number> => {
  const text = await box.getByText(/^\d+ out of 100$/).textContent();
  const match = /^(\d+) out of 100$/.exec(text ?? "");
  if (!match?.[1]) throw new Error("no score shown");
  return Number(match[1]);
};

/** Waits until the recomputation shown on /risk/settings has completed. */
const expectRecomputed = async (page: Page, reason: string) => {
  const status = page.getByTestId("risk-recomputation");
  await expect(status).toContainText(reason);
  await expect(status.locator("[data-status]")).toHaveAttribute("data-status", "completed", {
    timeout: 30_000,
  });
  await expect(status).toContainText("Status: Completed");
};

test("[RISK] an admin raises a weight on /risk/settings and the supplier's score follows after recomputation", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await waitForHydration(page);

  await open(page, "/suppliers?country=MY");
  await page.getByRole("link", { name: LATEX }).click();
  await expect(page.getByRole("heading", { level: 1, name: LATEX })).toBeVisible();
  await waitForHydration(page);
  const supplierUrl = page.url();
  const panel = page.getByTestId("risk-panel");
  const fees = panel.getByTestId("risk-factors").locator('tr[data-factor="recruitment_fees"]');
  await expect(fees.getByRole("cell").nth(1)).toHaveText("+15");
  const before = await scoreIn(panel.getByTestId("risk-inherent"));
  expect(before).toBeLessThanOrEqual(90);

  // The settings page, from the navigation: every weight explained, the honesty statement.
  await page.getByRole("navigation").getByRole("link", { name: "Risk settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Risk model" })).toBeVisible();
  await waitForHydration(page);
  const honesty = page.getByTestId("risk-honesty");
  await expect(honesty).toContainText("signs, not proof");
  await expect(honesty).toContainText("Workforce: unknown +12");
  await expect(honesty).toContainText("gets 25 points from unknowns alone");
  await expect(page.getByTestId("risk-settings-version")).toContainText("Built-in defaults");
  await expectAccessible(page);

  const feesWeight = page.getByLabel("Fees charged to workers (points)");
  await expect(feesWeight).toHaveValue("15");
  // A value the model refuses is explained on the field, and nothing is sent.
  await feesWeight.fill("150");
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByText("Enter whole points from 0 to 100.")).toBeVisible();
  await expect(feesWeight).toHaveAttribute("aria-invalid", "true");

  await feesWeight.fill("25");
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByText("Saved. Scores are being recomputed.")).toBeVisible();
  await expect(page.getByTestId("risk-settings-version")).toContainText("Settings version 1");
  await expectRecomputed(page, "Weights or bands changed");
  await expect(page.getByLabel("Fees charged to workers (points)")).toHaveValue("25");

  // The supplier's explanation shows the new weight, and the score moved by the difference.
  await open(page, supplierUrl);
  await expect(fees.getByRole("cell").nth(1)).toHaveText("+25");
  expect(await scoreIn(panel.getByTestId("risk-inherent"))).toBe(before + 10);
  await expect(panel.getByTestId("risk-basis")).toContainText("version 1");
  const historyRows = panel.getByTestId("risk-history-table").locator("tbody tr");
  expect(await historyRows.count()).toBeGreaterThanOrEqual(2);
  await expect(historyRows.last()).toContainText(String(before + 10));

  // Restoring the defaults is confirmed first, then recomputed back.
  await open(page, "/risk/settings");
  await page.getByRole("button", { name: "Restore defaults" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Country overrides stay");
  await dialog.getByRole("button", { name: "Restore defaults" }).click();
  await expect(page.getByText("Defaults restored. Scores are being recomputed.")).toBeVisible();
  await expect(page.getByLabel("Fees charged to workers (points)")).toHaveValue("15");
  await expectRecomputed(page, "Weights or bands changed");
  await open(page, supplierUrl);
  await expect(fees.getByRole("cell").nth(1)).toHaveText("+15");
  expect(await scoreIn(panel.getByTestId("risk-inherent"))).toBe(before);

  await context.close();
});

test("[RISK] an admin adds, changes and removes a country override, and the explanation follows", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await open(page, "/suppliers?country=MY");
  await page.getByRole("link", { name: LATEX }).click();
  await expect(page.getByRole("heading", { level: 1, name: LATEX })).toBeVisible();
  await waitForHydration(page);
  const supplierUrl = page.url();
  const factors = page.getByTestId("risk-panel").getByTestId("risk-factors");
  await expect(factors.locator('tr[data-factor="country_tip"]')).toContainText("Malaysia");

  await open(page, "/risk/settings");
  const overrides = page.getByTestId("risk-overrides");
  await expect(overrides).toContainText("No country overrides.");
  // The reason is required: refused in the form, with the rule in words.
  await overrides.getByLabel("Country", { exact: true }).selectOption("MY");
  await overrides.getByLabel("Points").fill("30");
  await overrides.getByRole("button", { name: "Save override" }).click();
  await expect(overrides.getByText("Say why, in at least 3 characters.")).toBeVisible();
  const reason = "Our 2026 audits found recruitment fees across the sector";
  await overrides.getByLabel("Reason").fill(reason);
  await overrides.getByRole("button", { name: "Save override" }).click();
  await expect(overrides.getByText("Override saved. Scores are being recomputed.")).toBeVisible();
  const row = overrides.getByTestId("risk-overrides-table").locator('tr[data-country="MY"]');
  await expect(row).toContainText("Malaysia");
  await expect(row).toContainText(reason);
  await expectRecomputed(page, "Country override changed");
  await expectAccessible(page);

  await open(page, supplierUrl);
  const override = factors.locator('tr[data-factor="country_override"]');
  await expect(override).toContainText(reason);
  await expect(override.getByRole("cell").nth(1)).toHaveText("+30");
  await expect(override).toContainText("Your organisation's country risk settings");
  await expect(factors.locator('tr[data-factor="country_tip"]')).toHaveCount(0);

  // Changed, then removed (after a confirmation): the TIP tier counts again.
  await open(page, "/risk/settings");
  await row.getByRole("button", { name: "Change the override for Malaysia" }).click();
  await expect(
    overrides.getByRole("heading", { name: /Change the override for Malaysia/ }),
  ).toBeVisible();
  await overrides.getByLabel("Points").fill("35");
  await overrides.getByRole("button", { name: "Save override" }).click();
  await expect(row.getByRole("cell").nth(1)).toHaveText("35");
  await expectRecomputed(page, "Country override changed");
  await row.getByRole("button", { name: "Remove the override for Malaysia" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(overrides.getByText("Override removed. Scores are being recomputed.")).toBeVisible();
  await expect(overrides).toContainText("No country overrides.");
  await expectRecomputed(page, "Country override changed");

  await open(page, supplierUrl);
  await expect(factors.locator('tr[data-factor="country_tip"]')).toContainText("Malaysia");
  await expect(factors.locator('tr[data-factor="country_override"]')).toHaveCount(0);
  await context.close();
});

test("[RISK] a viewer reads the risk model but cannot change it", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, VIEWER.email, VIEWER.password);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await open(page, "/risk/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Risk model" })).toBeVisible();
  await expect(page.getByText("only owners and admins change it")).toBeVisible();
  await expect(page.getByTestId("risk-honesty")).toContainText("signs, not proof");
  await expect(page.getByLabel("Fees charged to workers (points)")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save weights" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Recompute now" })).toHaveCount(0);
  await expect(page.getByTestId("risk-summary")).toContainText(/\d+ live suppliers/);
  await expectAccessible(page);
  await context.close();
});
