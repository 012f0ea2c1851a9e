import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

test("exporting from the designer downloads a verified bundle and records the export in the audit log", async ({ page }) => {
  const errors = watchConsole(page);
  await signInUi(page);
  const created = await page.request.post("/api/topologies", { data: { name: `Export ${Date.now()}` } });
  const { topology } = await created.json();
  await page.goto(`/topologies/${topology.id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");

  await page.getByRole("button", { name: "Export" }).click();
  const dialog = page.getByRole("dialog", { name: "Export a deployment bundle" });
  await expect(dialog).toBeVisible();
  const keysNote = dialog.getByTestId("export-keys-note");
  await expect(keysNote).toBeVisible();
  await expect(keysNote).toContainText("Node keys are generated for each export and never stored");
  await expect(keysNote).not.toHaveAttribute("data-emphasis", "partial");
  await dialog.getByRole("checkbox", { name: /Terraform/ }).uncheck();
  // Fewer than all targets: separate exports would hold different node keys, so the note stands out.
  await expect(keysNote).toHaveAttribute("data-emphasis", "partial");
  await expect(keysNote).toContainText("5 of 6 targets selected");
  await expect(keysNote).toContainText("supply your own keys");
  await expectAccessible(page, "export dialog");
  await dialog.getByRole("button", { name: "Export version 1" }).click();
  await expect(dialog.getByTestId("export-done")).toContainText("files from version 1");
  // The bundle's connectivity is checked from its files before anything is downloaded.
  const verdict = dialog.getByTestId("export-verify");
  await expect(verdict).toHaveAttribute("data-ok", "true");
  await expect(verdict).toContainText("Connectivity checked");
  await expectAccessible(page, "export dialog after the check");
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: /^Download export-\d+-v1\.zip$/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^export-\d+-v1\.zip$/);

  const zip = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const manifest = JSON.parse(strFromU8(zip["manifest.json"]!));
  expect(manifest.targets).toEqual(["helm", "compose", "genesis", "qdq", "monitoring"]);
  expect(Object.keys(zip).some((p) => p.startsWith("terraform/"))).toBe(false);
  const sums = strFromU8(zip["SHA256SUMS"]!);
  expect(sums).toContain("  genesis/");

  const audit = await (await page.request.get(`/api/audit?action=topology.export&target=${topology.id}`)).json();
  expect(audit.events).toHaveLength(1);
  expect(audit.events[0].data.nodes.length).toBe(manifest.nodes.length);
  expect(errors).toEqual([]);
});

test("an export the server refuses says why in the dialog, and nothing is downloaded", async ({ page }) => {
  await signInUi(page);
  const { topology } = await (await page.request.post("/api/topologies", { data: { name: `Bad keys ${Date.now()}` } })).json();
  await page.goto(`/topologies/${topology.id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");
  await page.keyboard.press("e");
  const dialog = page.getByRole("dialog", { name: "Export a deployment bundle" });
  await dialog.getByLabel("Node keys file").setInputFiles({
    name: "keys.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ "validator-eastus-1": "0x1234" })),
  });
  await dialog.getByRole("button", { name: "Export version 1" }).click();
  await expect(dialog.getByRole("alert")).toContainText("keys.nodeKeys.validator-eastus-1");
});
