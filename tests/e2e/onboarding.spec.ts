import { randomUUID } from "node:crypto";

import {
  expectAccessible,
  mailbox,
  open,
  test,
  expect,
  waitForHydration,
} from "./support/fixtures";

const PASSWORD = "a sturdy passphrase for tests";

test("[IDENTITY] sign up, create an organisation, invite a colleague who accepts from the email link; both see each other", async ({
  browser,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const founder = { name: "Grace Mensah", email: `grace-${suffix}@e2e.fairtrace.example` };
  const colleague = { name: "Somchai Wongsa", email: `somchai-${suffix}@e2e.fairtrace.example` };
  const organizationName = `Harbour Seafoods ${suffix}`;

  // The founder signs up and creates the organisation.
  const founderContext = await browser.newContext();
  const founderPage = await founderContext.newPage();
  await open(founderPage, "/sign-up");
  await expectAccessible(founderPage);
  await founderPage.getByLabel("Your name").fill(founder.name);
  await founderPage.getByLabel("Work email").fill(founder.email);
  await founderPage.getByLabel("Password").fill(PASSWORD);
  await founderPage.getByRole("button", { name: "Create account" }).click();

  await expect(founderPage).toHaveURL(/\/organizations$/);
  await waitForHydration(founderPage);
  await founderPage.getByLabel("Organisation name").fill(organizationName);
  await founderPage.getByLabel("Country of incorporation").selectOption("TH");
  await founderPage.getByRole("button", { name: "Create organisation" }).click();
  await expect(
    founderPage.getByRole("heading", { name: `Welcome, ${founder.name}` }),
  ).toBeVisible();
  await expect(founderPage.getByTestId("organization-switcher")).toContainText(organizationName);
  await waitForHydration(founderPage);

  // The founder invites a colleague as analyst.
  await founderPage.getByRole("link", { name: "Members" }).click();
  await founderPage.getByLabel("Colleague's email").fill(colleague.email);
  await founderPage.getByLabel("Role", { exact: true }).selectOption("analyst");
  await founderPage.getByRole("button", { name: "Send invitation" }).click();
  await expect(founderPage.getByText(`Invitation sent to ${colleague.email}.`)).toBeVisible();
  await expect(founderPage.getByTestId("invitations-table")).toContainText(colleague.email);

  // The email arrives over SMTP with a one-time link.
  const email = await mailbox.waitForEmail(colleague.email, /invited you/);
  expect(email.subject).toContain(organizationName);
  const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/.exec(email.text)?.[0];
  expect(link, "invitation link in the email").toBeTruthy();

  // The colleague opens the link in their own browser, creates an account and accepts.
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await open(colleaguePage, link ?? "");
  await expect(
    colleaguePage.getByRole("heading", { name: `Join ${organizationName} on Fairtrace` }),
  ).toBeVisible();
  await expectAccessible(colleaguePage);
  await colleaguePage
    .getByRole("link", { name: `Create an account for ${colleague.email}` })
    .click();
  await expect(colleaguePage.getByLabel("Work email")).toHaveValue(colleague.email);
  await colleaguePage.getByLabel("Your name").fill(colleague.name);
  await colleaguePage.getByLabel("Password").fill(PASSWORD);
  await colleaguePage.getByRole("button", { name: "Create account" }).click();
  await expect(colleaguePage.getByRole("button", { name: /Accept and join/ })).toBeVisible();
  await waitForHydration(colleaguePage);
  await colleaguePage.getByRole("button", { name: `Accept and join ${organizationName}` }).click();

  // Both see each other on the members page.
  await expect(colleaguePage).toHaveURL(/\/members$/);
  const colleagueTable = colleaguePage.getByTestId("members-table");
  await expect(colleagueTable).toContainText(founder.name);
  await expect(colleagueTable).toContainText(colleague.name);
  await expect(colleagueTable.getByRole("row", { name: new RegExp(colleague.name) })).toContainText(
    "Analyst",
  );
  await expectAccessible(colleaguePage);

  await founderPage.reload();
  await waitForHydration(founderPage);
  const founderTable = founderPage.getByTestId("members-table");
  await expect(founderTable).toContainText(colleague.name);
  await expect(founderTable).toContainText(founder.name);
  await expect(founderPage.getByText("No open invitations.")).toBeVisible();

  // The link is single-use.
  await colleaguePage.goto(link ?? "");
  await expect(
    colleaguePage.getByRole("heading", { name: "This invitation has already been used" }),
  ).toBeVisible();

  await founderContext.close();
  await colleagueContext.close();
});

test("[IDENTITY] a removed member loses access on their next request", async ({ browser }) => {
  const suffix = randomUUID().slice(0, 8);
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await open(ownerPage, "/sign-up");
  await ownerPage.getByLabel("Your name").fill("Owner Person");
  await ownerPage.getByLabel("Work email").fill(`owner-${suffix}@e2e.fairtrace.example`);
  await ownerPage.getByLabel("Password").fill(PASSWORD);
  await ownerPage.getByRole("button", { name: "Create account" }).click();
  await expect(ownerPage).toHaveURL(/\/organizations$/);
  await waitForHydration(ownerPage);
  await ownerPage.getByLabel("Organisation name").fill(`Removal Test ${suffix}`);
  await ownerPage.getByRole("button", { name: "Create organisation" }).click();
  await expect(ownerPage.getByRole("heading", { name: "Welcome, Owner Person" })).toBeVisible();
  await waitForHydration(ownerPage);
  await ownerPage.getByRole("link", { name: "Members" }).click();
  const memberEmail = `member-${suffix}@e2e.fairtrace.example`;
  await ownerPage.getByLabel("Colleague's email").fill(memberEmail);
  await ownerPage.getByRole("button", { name: "Send invitation" }).click();
  const link = (await ownerPage.getByTestId("invite-url").textContent()) ?? "";

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await open(memberPage, link);
  await memberPage.getByRole("link", { name: /Create an account/ }).click();
  await memberPage.getByLabel("Your name").fill("Member Person");
  await memberPage.getByLabel("Password").fill(PASSWORD);
  await memberPage.getByRole("button", { name: "Create account" }).click();
  await expect(memberPage.getByRole("button", { name: /Accept and join/ })).toBeVisible();
  await waitForHydration(memberPage);
  await memberPage.getByRole("button", { name: /Accept and join/ }).click();
  await expect(memberPage.getByTestId("members-table")).toContainText("Owner Person");

  await ownerPage.reload();
  await waitForHydration(ownerPage);
  await ownerPage.getByRole("button", { name: "Remove Member Person" }).click();
  await ownerPage.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(ownerPage.getByText("Member Person was removed.")).toBeVisible();

  await memberPage.reload();
  await expect(memberPage).toHaveURL(/\/organizations$/);
  await expect(memberPage.getByText(/not a member of any organisation/)).toBeVisible();

  await ownerContext.close();
  await memberContext.close();
});
