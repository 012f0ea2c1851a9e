import { expect, test, type Page } from "@playwright/test";
import { openDesigner } from "./testing/designer";
import { expectAccessible, watchConsole } from "./testing/page-checks";

/** Two Azure regions; eastus holds every node group. */
const twoRegions = (name: string, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  name,
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [
    { id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" },
    { id: "westus2", provider: "azure", region: "westus2", cidr: "10.2.0.0/16" },
  ],
  nodeGroups: [
    { id: "validators", regionId: "eastus", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    { id: "bootnodes", regionId: "eastus", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
  ],
  layout: { positions: { eastus: { x: 0, y: 0 }, westus2: { x: 420, y: 0 } } },
  ...extra,
});

async function storedDocument(page: Page, id: string) {
  const body = await (await page.request.get(`/api/topologies/${id}`)).json();
  return { version: body.version.number as number, document: body.document };
}

test("a rule's fix applies with one click and Ctrl+Z takes it back", async ({ page }) => {
  const errors = watchConsole(page);
  await openDesigner(page, twoRegions(`Fix ${Date.now()}`, {
    compliance: { packs: ["soc2"] },
    operations: { monitoring: true, auditLogging: false, encryptionAtRest: true },
  }));
  const finding = page.locator('[data-code="compliance.soc2.audit-logging"]');
  await expect(finding).toBeVisible();
  await finding.getByRole("button", { name: "Fix" }).click();
  await expect(finding).toHaveCount(0);
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(finding).toBeVisible();
  expect(errors).toEqual([]);
});

test("dragging a node group onto another region moves it there, and copy/paste duplicates it", async ({ page }) => {
  const id = await openDesigner(page, twoRegions(`Move ${Date.now()}`));
  const group = page.getByTestId("group-bootnodes");
  const target = (await page.getByTestId("region-westus2").boundingBox())!;
  const from = (await group.boundingBox())!;
  await page.mouse.move(from.x + 30, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2 - 10, target.y + target.height / 2, { steps: 15 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v2", { timeout: 15_000 });
  let stored = await storedDocument(page, id);
  expect(stored.document.nodeGroups.find((g: { id: string }) => g.id === "bootnodes").regionId).toBe("westus2");

  // Copy the validators and paste them into westus2, selected by clicking its header.
  await page.getByTestId("group-validators").click();
  await page.keyboard.press("Control+c");
  await page.getByTestId("region-westus2").click({ position: { x: 40, y: 12 } });
  await page.keyboard.press("Control+v");
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v3", { timeout: 15_000 });
  stored = await storedDocument(page, id);
  const pasted = stored.document.nodeGroups.filter((g: { role: string; regionId: string }) => g.role === "validator" && g.regionId === "westus2");
  expect(pasted).toHaveLength(1);
  expect(pasted[0].count).toBe(4);
});

test("a save conflict shows both sides' changes, and keeping mine saves it on top without losing theirs", async ({ page }) => {
  const id = await openDesigner(page, twoRegions(`Conflict ${Date.now()}`));
  // Someone else saves version 2 meanwhile.
  const theirs = twoRegions("ignored");
  theirs.nodeGroups[0]!.count = 7;
  const saved = await page.request.put(`/api/topologies/${id}`, { data: { baseVersion: 1, document: { ...theirs, name: (await storedDocument(page, id)).document.name }, message: "theirs" } });
  expect(saved.status()).toBe(201);

  // Here, the bootnode count changes in the inspector; autosave meets the conflict.
  await page.getByTestId("group-bootnodes").click();
  const count = page.getByRole("spinbutton", { name: "Nodes" });
  await count.fill("3");
  await count.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Someone else saved this topology" });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole("region", { name: "Their changes (v2)" })).toContainText("Changed node group 'validators' (7 validators)");
  await expect(dialog.getByRole("region", { name: "Your unsaved changes" })).toContainText("Changed node group 'bootnodes' (3 bootnodes)");
  await dialog.getByRole("button", { name: "Keep mine as a new version" }).click();
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v3", { timeout: 15_000 });
  const stored = await storedDocument(page, id);
  expect(stored.document.nodeGroups.find((g: { id: string }) => g.id === "bootnodes").count).toBe(3);
  const versions = await (await page.request.get(`/api/topologies/${id}/versions`)).json();
  expect(versions.versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
});

test("dropping a QDQ file on the canvas asks replace or merge, and imports it as one undoable edit", async ({ page }) => {
  const errors = watchConsole(page);
  const id = await openDesigner(page, twoRegions(`Import ${Date.now()}`, { compliance: { packs: ["soc2"] } }));
  const qdq = {
    strategy: "regional-distribution",
    regions: {
      eastus: { isPrimary: true, nodeDistribution: { validators: { count: 2 }, bootNodes: { count: 1 } } },
      "aws:eu-west-1": { nodeDistribution: { validators: { count: 2 } } },
      "gcp:europe-west1": { nodeDistribution: { validators: { count: 1 } } },
    },
    globalSettings: { consensus: "qbft", chainId: 2024 },
  };
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "qdq-topology.json", { type: "application/json" }));
    return transfer;
  }, JSON.stringify(qdq));
  const drop = () => page.getByTestId("designer-canvas").dispatchEvent("drop", { dataTransfer });

  // Merge: the file's regions join the design's.
  await drop();
  let choice = page.getByRole("dialog", { name: "Import qdq-topology.json" });
  await expect(choice).toBeVisible();
  await choice.getByRole("button", { name: "Merge into it" }).click();
  await expect(page.getByText(/Merged qdq-topology\.json/)).toBeVisible();
  await expect(page.getByTestId("region-aws-eu-west-1")).toBeVisible();
  await expect(page.getByTestId("region-westus2")).toBeVisible();
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("region-aws-eu-west-1")).toHaveCount(0);

  // Escape leaves the design alone; Replace takes the file's regions and keeps the compliance packs.
  await drop();
  choice = page.getByRole("dialog", { name: "Import qdq-topology.json" });
  await expect(choice).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(choice).toHaveCount(0);
  await expect(page.getByTestId("region-aws-eu-west-1")).toHaveCount(0);
  await drop();
  await page.getByRole("dialog", { name: "Import qdq-topology.json" }).getByRole("button", { name: "Replace the design" }).click();
  await expect(page.getByText(/Imported qdq-topology\.json/)).toBeVisible();
  await expect(page.getByTestId("region-aws-eu-west-1")).toBeVisible();
  await expect(page.getByTestId("region-gcp-europe-west1")).toBeVisible();
  await expect(page.getByTestId("region-westus2")).toHaveCount(0);
  await expect
    .poll(async () => (await storedDocument(page, id)).document.regions.map((r: { id: string }) => r.id), { timeout: 15_000 })
    .toEqual(["eastus", "aws-eu-west-1", "gcp-europe-west1"]);
  expect((await storedDocument(page, id)).document.compliance.packs).toEqual(["soc2"]);
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("region-westus2")).toBeVisible();
  await expect(page.getByTestId("region-aws-eu-west-1")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("an existing GoQuorum network gets a migration plan, and applying its result is one undoable edit", async ({ page }) => {
  const errors = watchConsole(page);
  await openDesigner(page, twoRegions(`Legacy ${Date.now()}`, { network: { client: "goquorum", consensus: "qbft", chainId: 1337, existing: true } }));
  // A warning, not an error: the design describes a network that already runs.
  await expect(page.locator('[data-code="support.unsupported"]')).toContainText("GoQuorum is no longer maintained");
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  const notice = page.getByTestId("migration-notice");
  await notice.getByRole("button", { name: "Plan the migration" }).click();
  const dialog = page.getByRole("dialog", { name: "Migration plan" });
  await expect(dialog).toContainText("GoQuorum QBFT to Besu QBFT, node by node");
  await expect(dialog).toContainText("Replace validator 4 of 4");
  await expect(dialog).toContainText("Validators online: 3 of 4; blocks need 3.");
  await page.screenshot({ path: "test-results/migration-plan.png" });
  await expectAccessible(page, "designer: migration plan");
  await dialog.getByRole("button", { name: "Apply the result to this design" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('[data-code="support.unsupported"]')).toHaveCount(0);
  await expect(page.getByLabel("Client")).toHaveValue("besu");
  await page.keyboard.press("Control+z");
  await expect(page.locator('[data-code="support.unsupported"]')).toBeVisible();
  expect(errors).toEqual([]);
});
