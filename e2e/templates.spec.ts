import { expect, test } from "@playwright/test";
import { signInOtherOrganisation } from "./testing/other-organisation";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

test("a user finds a template, forks it, changes it and publishes it privately; another organisation cannot see it", async ({ page, browser, baseURL }) => {
  const errors = watchConsole(page);
  await signInUi(page);
  await page.getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  const cards = page.getByRole("list", { name: "Templates" }).getByRole("listitem");
  await expect(cards.nth(11)).toBeVisible();
  await expectAccessible(page, "templates");
  // The GoQuorum template is marked legacy, with the reason on its page.
  const legacy = cards.filter({ hasText: "GoQuorum Raft" });
  await expect(legacy).toContainText("Legacy");
  await expect(cards.filter({ hasText: "Legacy" })).toHaveCount(1);

  // Narrow to GDPR on Azure, cheapest first.
  await page.getByRole("button", { name: "GDPR" }).click();
  await page.getByRole("button", { name: "Azure" }).click();
  await page.getByLabel("Sort").selectOption("cheapest");
  await expect(cards.first()).toContainText("GDPR");
  await page.getByLabel("Search templates").fill("no such template anywhere");
  await expect(page.getByText("No template matches")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByLabel("Search templates").fill("gdpr");
  await cards.first().getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Findings" })).toContainText("0 errors");
  await expectAccessible(page, "template detail");
  await page.getByRole("radio", { name: "4 stars" }).click();
  await expect(page.getByText("yours: 4")).toBeVisible();
  const name = `Forked ${Date.now()}`;
  await page.getByLabel("Name of your network").fill(name);
  await page.getByRole("button", { name: "Use this template" }).click();

  // The designer opens on the copy; a change autosaves, then it is published to the organisation.
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");
  await page.locator(".react-flow__node-nodeGroup").first().click();
  const count = page.getByRole("spinbutton", { name: "Nodes" });
  await count.fill(String(Number(await count.inputValue()) + 1));
  await count.press("Enter");
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v2", { timeout: 15_000 });
  await page.getByRole("button", { name: "Publish" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish as a template" });
  await dialog.getByLabel("Title").fill(`${name} template`);
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByRole("status")).toContainText("to your organisation");
  await dialog.getByRole("link", { name: "View the template" }).click();
  await expect(page.getByRole("heading", { name: `${name} template`, level: 1 })).toBeVisible();
  const templateId = decodeURIComponent(new URL(page.url()).pathname.split("/templates/")[1] ?? "");

  await page.goto("/templates");
  await page.getByLabel("Search templates").fill(`${name} template`);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("Your organisation");
  expect(errors).toEqual([]);

  // Someone of another organisation finds nothing: not in the list, and not by its address.
  const outsider = await browser.newContext({ baseURL });
  await signInOtherOrganisation(outsider, baseURL!);
  const theirs = await outsider.newPage();
  await theirs.goto("/templates");
  await theirs.getByLabel("Search templates").fill(`${name} template`);
  await expect(theirs.getByText("No template matches")).toBeVisible();
  expect((await theirs.request.get(`/api/templates/${encodeURIComponent(templateId)}`)).status()).toBe(404);
  await theirs.goto(`/templates/${encodeURIComponent(templateId)}`);
  await expect(theirs.getByText("Template was not found.")).toBeVisible();
  await outsider.close();
});
