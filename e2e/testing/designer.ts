import { expect, type Page } from "@playwright/test";
import { signInUi } from "./session";

/** Signs in, creates a topology with `document` through the API and opens it in the designer. */
export async function openDesigner(page: Page, document: Record<string, unknown>): Promise<string> {
  await signInUi(page);
  const created = await page.request.post("/api/topologies", { data: { name: document.name, document } });
  expect(created.status()).toBe(201);
  const { topology } = await created.json();
  await page.goto(`/topologies/${topology.id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");
  return topology.id as string;
}

/** The canvas zoom, read from React Flow's viewport transform. */
export function canvasZoom(page: Page): Promise<number> {
  return page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}
