import { expect, test } from "@playwright/test";
import { canvasZoom, openDesigner } from "./testing/designer";
import { watchConsole } from "./testing/page-checks";

/** Two document regions in Azure East US (ids r0, r1, as the wizard names them) and one in AWS. */
const threeRegions = (name: string) => ({
  schemaVersion: 1,
  name,
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [
    { id: "r0", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" },
    { id: "r1", provider: "azure", region: "eastus", cidr: "10.2.0.0/16" },
    { id: "r2", provider: "aws", region: "us-east-1", cidr: "10.3.0.0/16" },
  ],
  nodeGroups: [
    { id: "validators", regionId: "r0", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    { id: "bootnodes", regionId: "r1", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
  ],
  layout: { positions: { r0: { x: 0, y: 0 }, r1: { x: 420, y: 0 }, r2: { x: 840, y: 0 } } },
});

test("regions are named by provider and display name in the outage selector, the inspector and the palette", async ({ page }) => {
  const errors = watchConsole(page);
  await openDesigner(page, threeRegions(`Region names ${Date.now()}`));

  const outage = page.getByLabel("Simulate outage");
  await expect(outage.locator('optgroup[label="Lose a region in Azure"] option')).toHaveText(["Azure · East US (r0)", "Azure · East US (r1)"]);
  await expect(outage.locator('optgroup[label="Lose a region in AWS"] option')).toHaveText(["AWS · US East (N. Virginia) (r2)"]);
  await expect(outage.locator('optgroup[label="Lose a provider"] option')).toHaveText(["Azure", "AWS"]);
  await outage.selectOption({ label: "Azure · East US (r1)" });
  await expect(outage).toHaveValue("region:r1");
  await outage.selectOption({ label: "None" });

  await page.getByTestId("group-validators").click();
  const region = page.getByLabel("Region", { exact: true });
  await expect(region).toHaveValue("r0");
  await expect(region.locator("option:checked")).toHaveText("Azure · East US (r0)");
  await expect(region.locator("option")).toHaveText(["Azure · East US (r0)", "Azure · East US (r1)", "AWS · US East (N. Virginia) (r2)"]);
  await expect(page.getByRole("complementary", { name: "Palette" })).toContainText("press Enter to add to Azure · East US (r0)");
  expect(errors).toEqual([]);
});

test("+, =, - and 0 zoom the canvas, not while typing, and the help lists them", async ({ page }) => {
  await openDesigner(page, threeRegions(`Zoom keys ${Date.now()}`));
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });

  await page.keyboard.press("0");
  await expect.poll(() => canvasZoom(page)).toBeCloseTo(1, 2);
  await page.keyboard.press("+");
  await expect.poll(() => canvasZoom(page)).toBeGreaterThan(1.05);
  await page.keyboard.press("0");
  await expect.poll(() => canvasZoom(page)).toBeCloseTo(1, 2);
  await page.keyboard.press("-");
  await expect.poll(() => canvasZoom(page)).toBeLessThan(0.95);
  await page.keyboard.press("=");
  await expect.poll(() => canvasZoom(page)).toBeCloseTo(1, 1);

  // Typing a number in the inspector does not zoom. (Fitted first: at 100% the group may sit under the palette.)
  await page.keyboard.press("f");
  await expect(page.getByTestId("group-validators")).toBeInViewport();
  await page.waitForTimeout(300);
  await page.getByTestId("group-validators").click();
  const before = await canvasZoom(page);
  const count = page.getByRole("spinbutton", { name: "Nodes" });
  await count.click();
  await count.press("End");
  await count.press("-");
  await count.press("0");
  await page.waitForTimeout(300);
  expect(await canvasZoom(page)).toBeCloseTo(before, 3);
  await count.press("Escape");

  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Zoom in");
  await expect(help).toContainText("Zoom out");
  await expect(help).toContainText("Zoom to 100%");
});

test("an edit made just before leaving through the breadcrumb is saved, and the list and designer show the new version", async ({ page }) => {
  const errors = watchConsole(page);
  const name = `Leave quickly ${Date.now()}`;
  const id = await openDesigner(page, threeRegions(name));

  await page.getByTestId("group-validators").click();
  const count = page.getByRole("spinbutton", { name: "Nodes" });
  await count.fill("7");
  await count.press("Enter");
  // Well within the autosave delay: only the save on leaving can keep this edit.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Topologies" }).click();
  await expect(page).toHaveURL(/\/topologies$/);

  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row).toContainText("v2", { timeout: 15_000 });
  const stored = await (await page.request.get(`/api/topologies/${id}`)).json();
  expect(stored.version.number).toBe(2);
  expect(stored.document.nodeGroups.find((g: { id: string }) => g.id === "validators").count).toBe(7);

  await row.getByRole("link", { name, exact: true }).click();
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v2");
  await page.getByTestId("group-validators").click();
  await expect(page.getByRole("spinbutton", { name: "Nodes" })).toHaveValue("7");
  expect(errors).toEqual([]);
});

test("a dialog gives focus back to the button that opened it; findings hidden by the severity filters are said to be there", async ({ page }) => {
  const errors = watchConsole(page);
  await openDesigner(page, threeRegions(`Focus ${Date.now()}`));
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  await exportButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  const problems = page.getByRole("region", { name: "Problems" });
  for (const severity of ["Errors", "Warnings"]) {
    const chip = problems.getByRole("button", { name: new RegExp(`^${severity} \\d+$`) });
    await expect(chip).toHaveAttribute("aria-pressed", "true");
    await chip.click();
  }
  await expect(problems.getByRole("list", { name: "Findings" })).toContainText("hidden by the filters above");
  await problems.getByRole("button", { name: "Show all" }).click();
  await expect(problems.locator("[data-code]").first()).toBeVisible();
  expect(errors).toEqual([]);
});
