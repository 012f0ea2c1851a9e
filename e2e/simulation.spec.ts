import { expect, test } from "@playwright/test";
import { openDesigner } from "./testing/designer";
import { expectAccessible, watchConsole } from "./testing/page-checks";

/** Two validators in Azure East US (regions r0 and r1 share it) and two in AWS: losing East US halts the chain. */
const design = (name: string) => ({
  schemaVersion: 1,
  name,
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [
    { id: "r0", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" },
    { id: "r1", provider: "azure", region: "eastus", cidr: "10.2.0.0/16" },
    { id: "r2", provider: "aws", region: "us-east-1", cidr: "10.3.0.0/16" },
  ],
  nodeGroups: [
    { id: "validators-az", regionId: "r0", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    { id: "validators-aws", regionId: "r2", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
  ],
  links: [{ id: "vpn-az-aws", from: "r0", to: "r2", kind: "vpn" }],
  layout: { positions: { r0: { x: 0, y: 0 }, r1: { x: 420, y: 0 }, r2: { x: 840, y: 0 } } },
});

test("the simulation panel shows block timing and availability, and plays an outage drill the canvas follows", async ({ page }) => {
  const errors = watchConsole(page);
  await openDesigner(page, design(`Simulation ${Date.now()}`));

  // The status bar carries availability as soon as the worker answers.
  await expect(page.getByTestId("availability-status")).toContainText("min/year without blocks");

  await page.keyboard.press("s");
  const panel = page.getByRole("complementary", { name: "Simulation" });
  await expect(panel.getByTestId("timing-summary")).toContainText("Proposal to commit");
  await expect(panel.getByTestId("availability-summary")).toContainText("minutes a year");

  // Losing East US takes 2 of 4 validators; QBFT needs 3: the chain stalls, and resumes some time after the recovery
  // (the round timeout has doubled with every round that failed meanwhile).
  const drill = panel.getByRole("form", { name: "Outage drill" });
  await drill.getByLabel("Failure").selectOption({ label: "Azure · East US (r0)" });
  await drill.getByLabel("At (s)").fill("20");
  await drill.getByLabel("Back after (s)").fill("40");
  await drill.getByLabel("Play for (s)").fill("300");
  await drill.getByRole("button", { name: "Play drill" }).click();
  const result = panel.getByTestId("drill-result");
  await expect(result).toContainText("Quorum lost");
  await expect(result).toContainText("Blocks resume after");
  await expect(panel.getByTestId("drill-chart")).toBeVisible();

  // The drill opens at the failure: both East US regions are greyed, AWS is not; before it, nothing is.
  const greyed = (id: string) => page.getByTestId(`region-${id}`);
  await expect(greyed("r0")).toHaveClass(/grayscale/);
  await expect(greyed("r1")).toHaveClass(/grayscale/);
  await expect(greyed("r2")).not.toHaveClass(/grayscale/);
  await result.getByRole("button", { name: /Blocks resume after/ }).click();
  await expect(greyed("r0")).not.toHaveClass(/grayscale/);

  // Kept with version 1 (the server plays it again on that version), then opened from the list: it plays again.
  await result.getByLabel("Name").fill("East US lost for 40 s");
  await result.getByRole("button", { name: "Save with version 1" }).click();
  const saved = panel.getByTestId("saved-drill").filter({ hasText: "East US lost for 40 s" });
  await expect(saved).toContainText("v1");
  await expectAccessible(page, "designer with the simulation panel");
  await saved.getByRole("link", { name: "Open in designer" }).click();
  await expect(panel).toContainText("Playing a drill saved with version 1");
  await expect(greyed("r0")).toHaveClass(/grayscale/); // replayed: the canvas shows the failure's moment again

  await page.keyboard.press("Escape");
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("s");
  await expect(panel).toBeHidden();
  expect(errors).toEqual([]);
});

test("comparing two versions shows the change in expected downtime and the change plan, with its runbook", async ({ page }) => {
  const errors = watchConsole(page);
  const before = design(`Change plan ${Date.now()}`);
  const id = await openDesigner(page, before);
  // Version 2: a fifth validator in a third cloud region, so losing any one region no longer halts the chain.
  const after = {
    ...before,
    regions: [...before.regions, { id: "r3", provider: "aws", region: "us-west-2", cidr: "10.4.0.0/16" }],
    nodeGroups: [...before.nodeGroups, { id: "validators-usw2", regionId: "r3", role: "validator", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" }],
  };
  const saved = await page.request.put(`/api/topologies/${id}`, { data: { baseVersion: 1, document: after, message: "a fifth validator" } });
  expect(saved.status()).toBe(201);

  await page.goto(`/topologies/${id}/versions`);
  await expect(page.getByRole("heading", { name: "Changes from version 1 to version 2" })).toBeVisible();
  await expect(page.getByTestId("availability-sentence")).toContainText(/v1 -> v2: expected downtime \d+ -> \d+ minutes a year/);
  const plan = page.getByTestId("change-plan");
  await expect(plan).toContainText("blocks produced throughout");
  await expect(plan).toContainText(/vote/i);
  const download = page.waitForEvent("download");
  await plan.getByRole("button", { name: "Download runbook (Markdown)" }).click();
  expect((await download).suggestedFilename()).toBe("change-plan-v1-to-v2.md");
  await expectAccessible(page, "versions page with a change plan");
  expect(errors).toEqual([]);
});
