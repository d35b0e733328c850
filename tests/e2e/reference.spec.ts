/**
 * The indicator catalogue and the reference data: an analyst browses the catalogue and follows an
 * indicator's mapping; the owner of a new organisation grades an indicator and loads a newer
 * goods-list edition (a bad file first, whose row is reported), which becomes the active one. The
 * upload route answers a viewer 403 and a wrong file type 415. The uploads go to an organisation
 * of their own, so the demo organisation's scores, which other specs read, stay as they are.
 */
import { randomUUID } from "node:crypto";

import { expect, expectAccessible, open, signIn, test, waitForHydration } from "./support/fixtures";

const PASSWORD = "fairtrace-demo";

const GOODS_HEADER =
  "good,sector,country,region,child_labor,forced_labor,forced_child_labor,derived_labor_exploitation,derived_country";

test("[REFERENCE] an analyst browses the catalogue, filters it and follows an indicator's mapping", async ({
  page,
}) => {
  await signIn(page, "analyst@demo.fairtrace.example", PASSWORD);
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await waitForHydration(page);
  await page.getByRole("link", { name: "Indicators" }).click();
  await expect(page).toHaveURL(/\/reference\/indicators$/);
  await expect(page.getByRole("heading", { level: 1, name: "Indicator catalogue" })).toBeVisible();
  await waitForHydration(page);

  // Signs, not proof; the 11 ILO indicators; the six groups.
  await expect(page.getByTestId("signs-not-proof")).toContainText(
    "Indicators are signs, not proof",
  );
  await expect(page.getByTestId("ilo-indicators").locator("tbody tr")).toHaveCount(11);
  for (const group of [
    "Group 1 · Deceptive recruitment",
    "Group 2 · Coercive recruitment (including transfer and transport)",
    "Group 3 · Recruitment by abuse of vulnerability",
    "Group 4 · Exploitative conditions at work",
    "Group 5 · Coercion at destination",
    "Group 6 · Abuse of vulnerability at destination",
  ]) {
    await expect(page.getByRole("heading", { level: 3, name: group })).toBeVisible();
  }
  await expect(page.getByTestId("indicators-total")).toHaveText("74 indicators of 74 shown");
  await expectAccessible(page);

  // Filter by stage and strength, then search.
  await page.getByLabel("Stage").selectOption("recruitment");
  await expect(page).toHaveURL(/stage=recruitment/);
  await expect(page.getByRole("heading", { level: 3, name: /^Group 4/ })).toBeHidden();
  await expect(page.getByRole("heading", { level: 3, name: /^Group 1/ })).toBeVisible();
  await expect(page.getByText("The ILO indicators apply at every stage.")).toBeVisible();
  await page.getByLabel("Strength").selectOption("strong");
  await expect(page).toHaveURL(/strength=strong/);
  // The strong indicators at recruitment (the catalogue's grading: the demo has none of its own).
  await expect(page.getByTestId("indicators-total")).toHaveText("9 indicators of 74 shown");
  await expect(page.locator("[data-strength]")).toHaveCount(9);
  await expect(page.locator("[data-strength]:not([data-strength='strong'])")).toHaveCount(0);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/reference\/indicators$/);
  await page.getByRole("searchbox", { name: "Search" }).fill("documents");
  await expect(page).toHaveURL(/q=documents/);
  await expect(page.getByTestId("group-5").locator("tr[data-code='OP-5.01']")).toBeVisible();
  await expect(page.getByTestId("group-4")).toBeHidden();

  // An operational indicator: explanation, source, strength, where used, and its ILO indicator.
  await page.getByRole("link", { name: "Identity documents confiscated" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Identity documents confiscated" }),
  ).toBeVisible();
  await waitForHydration(page);
  const detail = page.getByTestId("indicator-detail");
  await expect(detail).toHaveAttribute("data-code", "OP-5.01");
  await expect(page.getByTestId("signs-not-proof")).toBeVisible();
  await expect(page.getByTestId("indicator-explanation")).not.toBeEmpty();
  await expect(page.getByTestId("indicator-source")).toContainText(
    "ILO/European Commission (2009), Operational indicators of trafficking in human beings",
  );
  await expect(page.getByTestId("indicator-strength")).toContainText("Fairtrace grading:");
  // Analysts read the grading; owners and admins change it.
  await expect(page.getByTestId("indicator-strength")).toContainText(
    "Owners and admins can grade indicators",
  );
  await expect(page.getByTestId("indicator-usage")).toContainText(
    "No questionnaire question refers to this indicator yet.",
  );
  await expect(page.getByTestId("indicator-usage")).toContainText(
    "No finding refers to this indicator yet.",
  );
  await expectAccessible(page);
  await page
    .getByTestId("rolls-up-to")
    .getByRole("link", { name: /Retention of identity documents/ })
    .click();

  // The ILO indicator lists the operational indicators that map to it.
  await expect(
    page.getByRole("heading", { level: 1, name: "Retention of identity documents" }),
  ).toBeVisible();
  const rolledUpBy = page.getByTestId("rolled-up-by");
  await expect(rolledUpBy.getByRole("link", { name: /OP-2.03/ })).toBeVisible();
  await expect(rolledUpBy.getByRole("link", { name: /OP-5.01/ })).toBeVisible();

  // The TIP tiers, searched by country: its rows, and its tier year by year, gaps included.
  await page.getByRole("link", { name: "Reference data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reference data" })).toBeVisible();
  await waitForHydration(page);
  await page.getByTestId("dataset-tip_tiers").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /2025 report/ })).toBeVisible();
  await waitForHydration(page);
  await page.getByRole("searchbox", { name: "Search the rows" }).fill("Burma");
  await expect(page).toHaveURL(/q=Burma/);
  const history = page.getByTestId("tip-history");
  await expect(history.getByRole("heading", { name: "Myanmar: tier year by year" })).toBeVisible();
  await expect(history.locator("tr[data-year='2025'] [data-tier]")).toHaveAttribute(
    "data-tier",
    "tier_3",
  );
  await expect(history.locator("tr[data-year='2018']")).toContainText(
    "No edition covers this year.",
  );
  await expect(page.getByTestId("edition-rows").locator("tbody tr").first()).toContainText("2025");
  await expectAccessible(page);
});

test("[REFERENCE] an owner grades an indicator and loads a newer goods list, which becomes active", async ({
  browser,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const context = await browser.newContext();
  const page = await context.newPage();

  // A new organisation, so that the demo organisation's data stays as the other specs expect.
  await open(page, "/sign-up");
  await page.getByLabel("Your name").fill("Ines Duarte");
  await page.getByLabel("Work email").fill(`ines-${suffix}@e2e.fairtrace.example`);
  await page.getByLabel("Password").fill("a sturdy passphrase for tests");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await waitForHydration(page);
  await page.getByLabel("Organisation name").fill(`Reference Traders ${suffix}`);
  await page.getByLabel("Country of incorporation").selectOption("GB");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Ines Duarte" })).toBeVisible();
  await waitForHydration(page);

  // Grade an indicator for the organisation, with why.
  await open(page, "/reference/indicators/OP-4.02");
  const strength = page.getByTestId("indicator-strength");
  await expect(strength).toContainText("None: the catalogue's grading applies.");
  const grading = page.getByRole("form", { name: "Your organisation's grading" });
  await grading.getByLabel("Strength").selectOption("strong");
  await grading.getByLabel("Why").fill("Dormitories at our sites are locked at night.");
  await grading.getByRole("button", { name: "Save the grading" }).click();
  await expect(grading.getByText("Saved. The grading applies to your organisation.")).toBeVisible();
  await expect(page.getByTestId("indicator-override")).toContainText(
    "Dormitories at our sites are locked at night.",
  );
  await expect(page.getByTestId("indicator-override").locator("[data-strength]")).toHaveAttribute(
    "data-strength",
    "strong",
  );

  // The reference data: the built-in goods list is the active edition.
  await page.getByRole("link", { name: "Reference data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reference data" })).toBeVisible();
  await waitForHydration(page);
  const goods = page.getByTestId("dataset-goods_list");
  await expect(goods.locator("tr[data-edition='2022']")).toHaveAttribute("data-active", "true");
  await expect(page.getByTestId("dataset-tip_tiers")).toContainText("Active");
  await expectAccessible(page);

  // A file with a country that does not map is refused, with the row and column.
  const upload = page.getByRole("form", { name: "Load a newer edition" });
  const edition = `E2E 2024 list ${suffix}`;
  await upload.getByLabel("US DOL list of goods produced by child labour or forced labour").check();
  await upload.getByLabel("Edition").fill(edition);
  await upload.getByLabel("Effective from").fill("2024-09-05");
  await upload.getByLabel("Source").fill("US Department of Labor (ILAB), 2024 list");
  await upload.getByLabel("Licence").fill("US Government work, public domain");
  await upload.getByLabel("File").setInputFiles({
    name: "goods-2024.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        GOODS_HEADER,
        "Gloves,Manufacturing,Malaysia,Asia,No,Yes,No,No,No",
        "Cotton,Agriculture,Atlantis,Asia,No,Yes,No,No,No",
      ].join("\r\n"),
      "utf8",
    ),
  });
  await upload.getByRole("button", { name: "Load the edition" }).click();
  await expect(upload.getByRole("alert")).toContainText("The file has 1 problem");
  const problems = upload.getByTestId("upload-problems");
  await expect(problems.getByRole("row").nth(1)).toContainText("3");
  await expect(problems).toContainText("country");
  await expect(problems).toContainText('"Atlantis" is not a country we recognise.');
  await expect(goods.locator("tbody tr")).toHaveCount(1);

  // The corrected file loads and becomes the active edition; the 2022 list is kept.
  const corrected = {
    name: "goods-2024.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        GOODS_HEADER,
        "Gloves,Manufacturing,Malaysia,Asia,No,Yes,No,No,No",
        "Cotton,Agriculture,Turkmenistan,Asia,No,Yes,No,No,No",
      ].join("\r\n"),
      "utf8",
    ),
  };
  await upload.getByLabel("File").setInputFiles(corrected);
  await upload.getByRole("button", { name: "Load the edition" }).click();
  const loaded = upload.getByTestId("upload-loaded");
  await expect(loaded).toContainText("2 rows loaded.");
  await expect(loaded).toContainText("It is now the active edition for your organisation.");
  await expect(goods.locator(`tr[data-edition='${edition}']`)).toHaveAttribute(
    "data-active",
    "true",
  );
  await expect(goods.locator(`tr[data-edition='${edition}']`)).toContainText(
    "Loaded by Ines Duarte",
  );
  await expect(goods.locator("tr[data-edition='2022']")).toHaveAttribute("data-active", "false");
  await expect(goods.locator("tr[data-edition='2022']")).toContainText("Kept for past scores");

  // The same file again is reported as already loaded.
  await upload.getByLabel("Edition").fill(`${edition} again`);
  await upload.getByLabel("Effective from").fill("2024-09-05");
  await upload.getByLabel("Source").fill("US Department of Labor (ILAB), 2024 list");
  await upload.getByLabel("Licence").fill("US Government work, public domain");
  await upload.getByLabel("File").setInputFiles(corrected);
  await upload.getByRole("button", { name: "Load the edition" }).click();
  await expect(upload.getByRole("alert")).toContainText(
    `This file is already loaded, as the edition "${edition}".`,
  );

  // The new edition's rows, searchable by country.
  await goods.getByRole("link", { name: edition }).click();
  await expect(page.getByRole("heading", { level: 1, name: edition })).toBeVisible();
  await waitForHydration(page);
  await expect(page.getByTestId("edition-total")).toHaveText("2 rows");
  await page.getByRole("searchbox", { name: "Search the rows" }).fill("Turkmenistan");
  await expect(page.getByTestId("edition-total")).toHaveText("1 row");
  await expect(page.getByTestId("edition-rows")).toContainText("Cotton");
  await expectAccessible(page);

  // A file type the upload does not take is a clear 415.
  const wrongType = await page.request.post("/api/reference/editions", {
    multipart: {
      dataset: "goods_list",
      edition: "PDF",
      effectiveDate: "2024-09-05",
      source: "A PDF is not a list",
      licence: "none",
      file: { name: "goods.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") },
    },
  });
  expect(wrongType.status()).toBe(415);
  await context.close();
});

test("[REFERENCE] the upload is for owners and admins: a viewer is refused, an admin sees the form", async ({
  browser,
}) => {
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, "viewer@demo.fairtrace.example", PASSWORD);
  await expect(viewer.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await open(viewer, "/reference/data");
  await expect(viewer.getByTestId("dataset-goods_list")).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Load a newer edition" })).toHaveCount(0);
  const refused = await viewer.request.post("/api/reference/editions", {
    multipart: {
      dataset: "goods_list",
      edition: "Viewer list",
      effectiveDate: "2024-09-05",
      source: "Not allowed",
      licence: "none",
      file: {
        name: "goods.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          `${GOODS_HEADER}\r\nGloves,Manufacturing,Malaysia,Asia,No,Yes,No,No,No`,
        ),
      },
    },
  });
  expect(refused.status()).toBe(403);
  await viewerContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.fairtrace.example", PASSWORD);
  await expect(admin.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
  await open(admin, "/reference/data");
  await expect(admin.getByRole("form", { name: "Load a newer edition" })).toBeVisible();
  await adminContext.close();
});
