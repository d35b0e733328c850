import { expectAccessible, open, signIn, test, expect, waitForHydration } from "./support/fixtures";

test("[DEMO] the demo owner signs in and sees the demo organisation", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  await signIn(page, "owner@demo.fairtrace.example", "fairtrace-demo");
  await expect(page.getByRole("heading", { name: "Welcome, Amara Okafor" })).toBeVisible();
  await waitForHydration(page);
  await expect(page.getByTestId("organization-switcher")).toContainText(
    "Northwind Apparel Ltd (demo)",
  );
  await expect(page.getByTestId("organization-facts")).toContainText("£250,000,000");
  await expectAccessible(page);

  for (const [link, heading] of [
    ["Members", "Members"],
    ["Settings", "Organisation settings"],
    ["Audit log", "Audit log"],
  ] as const) {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: link, exact: true })
      .click();
    await expect(page.getByRole("heading", { name: heading, exact: true }).first()).toBeVisible();
    await expectAccessible(page);
  }
});

test("[AUTH] signing out ends the session on the server, not only in this browser", async ({
  page,
  browser,
}) => {
  await signIn(page, "procurement@demo.fairtrace.example", "fairtrace-demo");
  await expect(page.getByRole("heading", { name: "Welcome, Lucas Martin" })).toBeVisible();
  await waitForHydration(page);
  const cookiesBeforeSignOut = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Someone who copied the old session cookie gets nothing: the session row is revoked.
  const replay = await browser.newContext();
  await replay.addCookies(cookiesBeforeSignOut);
  const replayPage = await replay.newPage();
  await replayPage.goto("/members");
  await expect(replayPage).toHaveURL(/\/sign-in/);
  const response = await replayPage.request.get("/api/trpc/identity.getMe");
  expect(response.status()).toBe(401);
  await replay.close();
});

test("[DEMO] a viewer sees a read-only organisation and no audit log", async ({ page }) => {
  await signIn(page, "viewer@demo.fairtrace.example", "fairtrace-demo");
  await expect(page.getByRole("heading", { name: "Welcome, Mei Chen" })).toBeVisible();
  await waitForHydration(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page.getByText("Only owners and admins can change these settings.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
});

test("[AUTH] a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, "owner@demo.fairtrace.example", "not the password");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("[INVITATION] an invalid link shows a clear page", async ({ page }) => {
  await open(page, "/invite/this-is-not-a-valid-token");
  await expect(
    page.getByRole("heading", { name: "This invitation link is not valid" }),
  ).toBeVisible();
  await expectAccessible(page);
});
