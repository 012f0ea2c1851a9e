import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

/** Drags with real mouse events, in small steps, as a person does (React Flow listens to pointer moves). */
async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function centreOf(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dropRegion(page: Page, search: string, testId: string, at: { x: number; y: number }) {
  await page.getByLabel("Search regions").fill(search);
  const option = page.getByTestId(testId);
  await option.dragTo(page.getByTestId("designer-canvas"), { targetPosition: at });
}

test("build a 3-region, 2-cloud network by drag and drop, fix the outage finding, undo, and find it saved", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signInUi(page);
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from a blank network" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(`Designer ${Date.now()}`);
  await page.getByRole("button", { name: "Create topology" }).click();
  const canvas = page.getByTestId("designer-canvas");
  await expect(page.getByTestId("region-eastus")).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");

  // Two more regions from the region picker: one Azure, one AWS.
  await page.getByRole("tab", { name: "Regions" }).click();
  const canvasBox = (await canvas.boundingBox())!;
  await dropRegion(page, "westus2", "region-option-azure-westus2", { x: 60, y: 40 });
  await expect(page.getByTestId("region-westus2")).toBeVisible();
  await dropRegion(page, "us-east-1", "region-option-aws-us-east-1", { x: canvasBox.width - 250, y: 40 });
  await expect(page.getByTestId("region-aws-us-east-1")).toBeVisible();
  await page.keyboard.press("f");

  // Validators into both new regions, dragged from the palette.
  await page.getByRole("tab", { name: "Node groups" }).click();
  for (const region of ["westus2", "aws-us-east-1"]) {
    const target = page.getByTestId(`region-${region}`);
    await page.getByTestId("palette-Validators").dragTo(target, { targetPosition: { x: 60, y: 70 } });
    // React Flow draws child nodes beside their parent in the DOM, so look the group up by its own id.
    await expect(page.getByTestId(`group-validator-${region}`)).toContainText("2 × Validators");
  }

  // 4 + 2 + 2 validators: losing eastus leaves 4 of 8, quorum 6. The engine says so.
  const outage = page.locator('[data-code="consensus.region-outage.halts"]');
  await expect(outage.first()).toBeVisible();
  await expect(outage.first().getByRole("img", { name: "error" })).toBeVisible();

  // Link the regions by dragging between their handles.
  const handle = (region: string, side: "left" | "right") =>
    page.getByTestId(`region-${region}`).locator(`.react-flow__handle-${side}`);
  await mouseDrag(page, await centreOf(handle("eastus", "right")), await centreOf(handle("aws-us-east-1", "left")));
  await mouseDrag(page, await centreOf(handle("westus2", "right")), await centreOf(handle("aws-us-east-1", "left")));
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  await expect(page.getByTestId("link-label-link-eastus-aws-us-east-1")).toContainText("ms");

  // Fix it: two validators in eastus, set in the inspector.
  await page.getByTestId("group-validators").click();
  const count = page.getByLabel("Nodes");
  await count.fill("2");
  await count.press("Enter");
  await expect(page.getByTestId("group-validators")).toContainText("2 × Validators");
  await expect(outage).toHaveCount(0);

  // Undo brings the finding back, redo clears it again.
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await page.keyboard.press("Control+z");
  await expect(outage.first()).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await expect(outage).toHaveCount(0);

  // Simulating the loss of Azure says whether the chain survives.
  await page.getByLabel("Simulate outage").selectOption({ label: "Azure" });
  await expect(page.getByTestId("failure-verdict")).toContainText("Azure down: the chain halts");
  await page.getByLabel("Simulate outage").selectOption({ label: "None" });

  await expect(page.getByTestId("save-state")).toHaveText(/Saved · v\d+/, { timeout: 15_000 });
  await expectAccessible(page, "designer");
  await page.reload();
  await expect(page.getByTestId("region-aws-us-east-1")).toBeVisible();
  await expect(page.getByTestId("group-validator-westus2")).toContainText("2 × Validators");
  await expect(page.getByTestId("group-validators")).toContainText("2 × Validators");
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  await expect(outage).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test("dropping a node group outside any region says why", async ({ page }) => {
  await signInUi(page);
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from a blank network" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(`Drop ${Date.now()}`);
  await page.getByRole("button", { name: "Create topology" }).click();
  const canvas = page.getByTestId("designer-canvas");
  await expect(page.getByTestId("region-eastus")).toBeVisible();
  await page.getByTestId("palette-Validators").dragTo(canvas, { targetPosition: { x: 30, y: 30 } });
  await expect(page.getByText(/go inside a region/)).toBeVisible();
});
