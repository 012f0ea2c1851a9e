import { expect, test } from "@playwright/test";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

test("a user signs in, creates a topology, saves twice and finds the versions and audit events", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signInUi(page);
  await expectAccessible(page, "topology list");

  const name = `Pan-EU network ${Date.now()}`;
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from a blank network" }).click();
  const dialog = page.getByRole("dialog", { name: "New topology" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Description (optional)").fill("Three regions, QBFT");
  await dialog.getByRole("button", { name: "Create topology" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("link", { name: "JSON" }).click();
  await expect(page.getByLabel("Document (JSON)")).toBeVisible();
  await expectAccessible(page, "topology JSON page");

  const editor = page.getByLabel("Document (JSON)");
  const edit = async (mutate: (doc: Record<string, unknown>) => void, message: string, expected: number) => {
    const doc = JSON.parse(await editor.inputValue());
    mutate(doc);
    await editor.fill(JSON.stringify(doc, null, 2));
    await page.getByLabel("Version message").fill(message);
    await page.getByRole("button", { name: "Save version" }).click();
    await expect(page.getByText(`Saved version ${expected}`, { exact: true })).toBeVisible();
  };
  await edit((doc) => { doc.description = "first edit"; }, "Describe the network", 2);
  await expect(page.getByText("v2", { exact: true })).toBeVisible();
  await edit((doc) => { (doc.network as { chainId: number }).chainId = 2024; }, "Use chain id 2024", 3);
  await expect(page.getByText("v3", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Versions" }).click();
  const versions = page.getByRole("table", { name: /Versions, newest first/ }).locator("tbody tr");
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText("Use chain id 2024");
  await expect(versions.nth(1)).toContainText("Describe the network");
  await expect(versions.nth(0)).toContainText("Local user");
  await expectAccessible(page, "versions page");

  const topologyId = new URL(page.url()).pathname.split("/")[2]!;
  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Target id").fill(topologyId);
  await page.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4); // header + save, save, create
  await expect(rows.nth(1)).toContainText("topology.save");
  await expect(rows.nth(1)).toContainText("version 3");
  await expect(rows.nth(3)).toContainText("topology.create");
  await page.getByLabel("Action").selectOption("topology.create");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole("button", { name: "Verify chain" }).click();
  await expect(page.getByText(/Chain intact: \d+ events verified/)).toBeVisible();
  // A checkpoint signed outside the database then vouches for every event so far.
  await page.getByRole("button", { name: "Sign checkpoint now" }).click();
  await expect(page.getByText(/Events 1 to \d+ match the checkpoint signed/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the log" })).toHaveAttribute("href", "/api/audit/export");
  if (process.env.MERIDIAN_SCREENSHOTS) await page.screenshot({ path: `${process.env.MERIDIAN_SCREENSHOTS}/audit-log.png` });
  await expectAccessible(page, "audit log");
  expect(consoleErrors).toEqual([]);
});

test("bad input in the editor shows a clear error and keeps the user's text", async ({ page }) => {
  await signInUi(page);
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from a blank network" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(`Bad input ${Date.now()}`);
  await page.getByRole("button", { name: "Create topology" }).click();
  await page.getByRole("link", { name: "JSON" }).click();
  const editor = page.getByLabel("Document (JSON)");
  await expect(editor).toBeVisible();

  await editor.fill("{ not json");
  await page.getByRole("button", { name: "Save version" }).click();
  const problem = page.locator("#document-problem");
  await expect(problem).toHaveAttribute("role", "alert");
  await expect(problem).toContainText("The document is not valid JSON");
  await expect(editor).toHaveValue("{ not json");

  const doc = { schemaVersion: 1, name: "x", network: { client: "besu", consensus: "qbft", chainId: 0 }, regions: [], nodeGroups: [] };
  await editor.fill(JSON.stringify(doc));
  await page.getByRole("button", { name: "Save version" }).click();
  await expect(problem).toContainText("The topology document is not valid.");
  await expect(problem).toContainText("document.network.chainId");
  await expect(editor).toHaveValue(JSON.stringify(doc));
  await expect(page.getByText("v1", { exact: true })).toBeVisible();
});

test("an empty name is refused in the create dialog with a field error", async ({ page }) => {
  await signInUi(page);
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from a blank network" }).click();
  const dialog = page.getByRole("dialog", { name: "New topology" });
  await dialog.getByRole("button", { name: "Create topology" }).click();
  await expect(dialog.getByText("a name is required")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
});

test("pages other than sign-in send a signed-out visitor to sign in and back", async ({ page }) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faudit/);
  await expectAccessible(page, "sign-in page");
  await page.getByRole("button", { name: "Continue as local user" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("pages run under a nonce-based policy: no inline script runs without this response's nonce", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  const first = await page.goto("/signin");
  const csp = first!.headers()["content-security-policy"]!;
  const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(script).not.toContain("'unsafe-inline'");
  const second = await page.goto("/signin");
  expect(second!.headers()["content-security-policy"]).not.toBe(csp);
  // Markup injected the way cross-site scripting injects it (an inline handler, no nonce) is refused; the app's
  // own scripts, which carry the nonce, ran the page.
  const ran = await page.evaluate(async () => {
    document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onload="window.__injected = true" onerror="window.__injected = true">`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await page.getByRole("button", { name: "Continue as local user" }).click();
  await expect(page).toHaveURL(/\/topologies/);
  expect(consoleErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
});
