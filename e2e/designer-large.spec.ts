import { expect, test, type Page } from "@playwright/test";
import { generateTopology } from "../bench/generate-topology";
import { expectAccessible, watchConsole } from "./support/page-checks";
import { signInUi } from "./support/session";

const LOW_DETAIL_ZOOM = 0.45;

async function zoomOf(page: Page): Promise<number> {
  const style = (await page.locator(".react-flow__viewport").getAttribute("style")) ?? "";
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
}

test("a large design opens whole, drawn as plain boxes; zooming to a group brings its details back; the overview moves the view", async ({ page }) => {
  const errors = watchConsole(page);
  await signInUi(page);
  // 150 node groups over 15 regions of all three clouds: too tall to fit at a readable zoom.
  const document = { ...generateTopology(150, 15), name: `Large ${Date.now()}` };
  const created = await page.request.post("/api/topologies", { data: { name: document.name, document } });
  expect(created.status()).toBe(201);
  const { topology } = await created.json();
  await page.goto(`/topologies/${topology.id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");

  // The first view shows every region, zoomed out past the point where text could be read.
  const pane = (await page.locator(".react-flow").boundingBox())!;
  for (const region of document.regions) {
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

  await expectAccessible(page, "the designer with a large design");
  expect(errors).toEqual([]);
});
