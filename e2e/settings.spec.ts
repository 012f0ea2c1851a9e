import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

/** The active organisation, as the API reports it. */
async function activeOrganization(page: Page): Promise<{ id: string; name: string }> {
  const me = await (await page.request.get("/api/me/organizations")).json();
  const active = me.organizations.find((o: { id: string }) => o.id === me.activeOrganizationId);
  expect(active, "an active organisation").toBeTruthy();
  return { id: active.id, name: active.name };
}

/** Refusals the test provokes on purpose are logged by the browser as failed resources; nothing else may be. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 409/.test(e));

test("the owner renames the organisation, sees the members, invites someone and revokes it", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signInUi(page);
  const original = await activeOrganization(page);

  // The profile menu: who is signed in, the organisation switcher, the way to settings.
  const profile = page.getByRole("button", { name: /^Profile and organisation/ });
  await profile.click();
  const menu = page.getByRole("menu");
  await expect(menu).toContainText("local@meridian.localhost");
  const current = menu.getByRole("menuitemradio", { name: new RegExp(original.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(current).toBeVisible();
  await expect(current).toHaveAttribute("aria-checked", "true");
  await expect(current).toContainText("owner");
  await expect(menu.getByRole("menuitem", { name: "Sign out everywhere…" })).toBeVisible();
  await expectAccessible(page, "profile menu");
  await menu.getByRole("menuitem", { name: "Organisation settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Organisation settings" })).toBeVisible();

  try {
    // General: rename; the header follows.
    const renamed = `Ledger Ops ${Date.now()}`;
    const name = page.getByLabel("Organisation name");
    await expect(name).toHaveValue(original.name);
    await expect(page.getByLabel("Require single sign-on")).toBeDisabled(); // a local session may not lock itself out
    await expectAccessible(page, "general settings");
    await name.fill(renamed);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Settings saved")).toBeVisible();
    await expect(profile).toContainText(renamed);
    await expect(name).toHaveValue(renamed);

    // Members: the owner is listed; taking away the last owner is refused, in place.
    await page.getByRole("tab", { name: "Members" }).click();
    const members = page.getByRole("table", { name: /^Members of/ });
    const me = members.getByRole("row").filter({ hasText: "local@meridian.localhost" });
    await expect(me).toContainText("you");
    const role = me.getByRole("combobox", { name: /^Role of / });
    await expect(role).toHaveValue("owner");
    await expectAccessible(page, "members");
    await role.selectOption("editor");
    await expect(me.getByRole("alert")).toContainText("at least one owner");
    await expect(role).toHaveValue("owner");

    // Invitations: the link is shown once, then the invitation is revoked.
    await page.getByRole("tab", { name: "Invitations" }).click();
    await expect(page).toHaveURL(/tab=invitations/);
    const email = `invitee-${Date.now()}@example.com`;
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const created = page.getByRole("region", { name: `Invitation link for ${email}` });
    await expect(created).toContainText("This link is shown only once.");
    const link = await created.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await created.getByRole("button", { name: "Copy link" }).click();
    await expect(created.getByRole("status")).toHaveText(/Copied to the clipboard|press Ctrl\+C/);
    await expect(page.getByLabel("Email address")).toHaveValue("");

    const pending = page.getByRole("table", { name: "Pending invitations" });
    const row = pending.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("viewer");
    await expectAccessible(page, "invitations");
    await row.getByRole("button", { name: `Revoke the invitation for ${email}` }).click();
    await expect(row).toHaveCount(0);
    await page.getByText(/^Earlier invitations/).click();
    await expect(page.getByRole("list", { name: "Earlier invitations" }).getByRole("listitem").filter({ hasText: email })).toContainText("Revoked");

    // The revoked link says so, without revealing anything.
    await page.goto(new URL(link).pathname);
    await expect(page.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
    await expectAccessible(page, "revoked invitation");
  } finally {
    await page.request.patch(`/api/orgs/${original.id}`, { data: { name: original.name } });
  }
  expect(unexpected(consoleErrors)).toEqual([]);
});
