import { expect, test, type Page } from "@playwright/test";
import { generateTopology } from "../bench/generate-topology";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

const LOW_DETAIL_ZOOM = 0.45;

async function zoomOf(page: Page): Promise<number> {
  const style = (await page.locator(".react-flow__viewport").getAttribute("style")) ?? "";
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
}

test("a large design opens whole, drawn as plain boxes; zooming to a group brings its details back; the overview moves the view", async ({ page }) => {
  const errors = watchConsole(page);
  await signInUi(page);
  // 150 node groups over 15 regions of all three clouds: too large to show whole at a readable zoom.
  const design = { ...generateTopology(150, 15), name: `Large ${Date.now()}` };
  const created = await page.request.post("/api/topologies", { data: { name: design.name, document: design } });
  expect(created.status()).toBe(201);
  const { topology } = await created.json();
  await page.goto(`/topologies/${topology.id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");

  // The first view shows every region, zoomed out past the point where text could be read.
  const pane = (await page.locator(".react-flow").boundingBox())!;
  for (const region of design.regions) {
    const box = (await page.getByTestId(`region-${region.id}`).boundingBox())!;
    expect(box.x, `${region.id} left`).toBeGreaterThanOrEqual(pane.x);
    expect(box.y, `${region.id} top`).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width, `${region.id} right`).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.y + box.height, `${region.id} bottom`).toBeLessThanOrEqual(pane.y + pane.height);
  }
  expect(await zoomOf(page)).toBeLessThan(LOW_DETAIL_ZOOM);
  const group = page.getByTestId("group-g0");
  await expect(group).toHaveAttribute("aria-label", "1 × Validators");
  await expect(group).toHaveText("");

  // Selecting it and zooming to the selection (Z) shows its text again.
  await group.click();
  await page.keyboard.press("z");
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(LOW_DETAIL_ZOOM);
  await expect(group).toContainText("1 × Validators");
  await expect(group).toContainText("Standard_D4s_v5");

  // Zoomed out, the canvas says why it shows plain boxes; zoomed in, the note goes.
  await expect(page.getByTestId("low-detail-hint")).toHaveCount(0);

  // Pressing a corner of the overview moves the view there; the outlined part follows.
  const outline = page.getByTestId("canvas-overview-view");
  const outlineBefore = (await outline.boundingBox())!;
  const viewport = page.locator(".react-flow__viewport");
  const transformBefore = await viewport.getAttribute("style");
  const overview = (await page.getByTestId("canvas-overview").boundingBox())!;
  await page.mouse.click(overview.x + overview.width - 8, overview.y + overview.height - 8);
  await expect(viewport).not.toHaveAttribute("style", transformBefore!);
  const outlineAfter = (await outline.boundingBox())!;
  expect(Math.hypot(outlineAfter.x - outlineBefore.x, outlineAfter.y - outlineBefore.y)).toBeGreaterThan(5);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(LOW_DETAIL_ZOOM);

  // Dragging on the overview, even past its edge and back and forth, keeps the view on the design.
  const overviewNow = (await page.getByTestId("canvas-overview").boundingBox())!;
  await page.mouse.move(overviewNow.x + overviewNow.width / 2, overviewNow.y + overviewNow.height / 2);
  await page.mouse.down();
  await page.mouse.move(overviewNow.x + overviewNow.width + 40, overviewNow.y + overviewNow.height + 40, { steps: 5 });
  for (let i = 0; i < 6; i++) await page.mouse.move(overviewNow.x + overviewNow.width + 40 + (i % 2), overviewNow.y + overviewNow.height + 40);
  await page.mouse.up();
  // The middle of what is visible stays within the design's drawn extent.
  const inside = await page.evaluate(() => {
    const overview = document.querySelector('[data-testid="canvas-overview"]')!;
    const outline = overview.querySelector('[data-testid="canvas-overview-view"]')!.getBoundingClientRect();
    const boxes = [...overview.querySelectorAll("rect")].filter((r) => r.getAttribute("data-testid") !== "canvas-overview-view").map((r) => r.getBoundingClientRect());
    const x = outline.left + outline.width / 2;
    const y = outline.top + outline.height / 2;
    const slack = 1;
    return x >= Math.min(...boxes.map((b) => b.left)) - slack && x <= Math.max(...boxes.map((b) => b.right)) + slack
      && y >= Math.min(...boxes.map((b) => b.top)) - slack && y <= Math.max(...boxes.map((b) => b.bottom)) + slack;
  });
  expect(inside).toBe(true);

  await expectAccessible(page, "the designer with a large design");
  expect(errors).toEqual([]);
});

test("zoomed out, the canvas says so; arrow keys move a region as an edit; the view survives a trip to the map", async ({ page }) => {
  const errors = watchConsole(page);
  await signInUi(page);
  const design = { ...generateTopology(150, 15), name: `Keys ${Date.now()}` };
  const created = await page.request.post("/api/topologies", { data: { name: design.name, document: design } });
  const { topology } = await created.json();
  await page.goto(`/topologies/${topology.id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");
  await expect(page.getByTestId("low-detail-hint")).toContainText("Zoomed out");

  // A region picked from the keyboard shows where focus is, and moves with the arrow keys as an undoable edit.
  const region = page.locator('.react-flow__node-region[data-id="r0"]');
  await region.focus();
  await page.keyboard.press("Enter");
  expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  const before = (await region.boundingBox())!;
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await region.boundingBox())!.x).toBeGreaterThan(before.x);
  await expect(page.getByRole("button", { name: /^Undo/ })).toBeEnabled();
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v2", { timeout: 10_000 });
  const saved = await (await page.request.get(`/api/topologies/${topology.id}`)).json();
  // The generated design has no saved positions: r0's is the moved one.
  expect(design.layout.positions.r0).toBeUndefined();
  expect(saved.document.layout.positions.r0).toEqual({ x: expect.any(Number), y: expect.any(Number) });

  // The map and back: the canvas keeps the zoom and place the user had.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  const viewport = page.locator(".react-flow__viewport");
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(0.12);
  await page.waitForTimeout(400); // the zoom animation ends, and the view is remembered
  const kept = await viewport.getAttribute("style");
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await expect(viewport).toHaveCount(0);
  await page.getByRole("button", { name: "Canvas", exact: true }).click();
  await expect(viewport).toHaveAttribute("style", kept!);
  expect(errors).toEqual([]);
});
