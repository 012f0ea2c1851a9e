import { expect, test } from "@playwright/test";
import { openDesigner } from "./testing/designer";
import { expectAccessible, watchConsole } from "./testing/page-checks";

/** Four validators in one Azure region: it survives no region loss, and costs what four VMs there cost. */
const design = (name: string) => ({
  schemaVersion: 1,
  name,
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [{ id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" }],
  nodeGroups: [{ id: "validators", regionId: "eastus", role: "validator", count: 4, deploymentType: "vm", vmSize: "Standard_D4s_v5" }],
  layout: { positions: { eastus: { x: 0, y: 0 } } },
});

test("the optimiser places validators to survive a region, proven optimal in the browser, applied as one undoable edit", async ({ page }) => {
  const errors = watchConsole(page);
  await openDesigner(page, design(`Optimise ${Date.now()}`));
  await page.keyboard.press("o");
  const dialog = page.getByRole("dialog", { name: "Optimise the placement" });
  await dialog.getByLabel("Survive losing any").selectOption({ label: "1 region" });
  await dialog.getByRole("checkbox", { name: "AWS" }).uncheck();
  await dialog.getByRole("checkbox", { name: "Google Cloud" }).uncheck();
  await dialog.getByRole("button", { name: "Find the best placement" }).click();
  const answer = dialog.getByTestId("optimise-answer");
  await expect(answer).toContainText("Proven optimal", { timeout: 30_000 });
  await expect(answer).toContainText("survives 1 region");
  await expectAccessible(page, "optimise dialog with an answer");

  await answer.getByRole("button", { name: /Apply to the design/ }).click();
  await expect(dialog).toBeHidden();
  // Surviving a region with QBFT takes validators in at least 3 regions (no region may hold more than n - q).
  await expect(page.getByTestId("failure-verdict")).toContainText("Survives losing any one region", { timeout: 10_000 });
  expect(await page.locator(".react-flow__node-region").count()).toBeGreaterThanOrEqual(3);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".react-flow__node-region")).toHaveCount(1);
  expect(errors).toEqual([]);
});
