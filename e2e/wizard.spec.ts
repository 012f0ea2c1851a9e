import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

type Provider = "azure" | "aws" | "gcp";
const LABEL: Record<Provider, string> = { azure: "Azure", aws: "AWS", gcp: "Google Cloud" };

const stepHeading = (page: Page) => page.locator("#wizard-step-heading");

/** Opens the provider's tab, searches its list and picks the region. */
async function pickRegion(page: Page, provider: Provider, region: string) {
  await page.getByRole("tab", { name: new RegExp(`^${LABEL[provider]}`) }).click();
  await page.getByLabel(`Search ${LABEL[provider]} regions`).fill(region);
  const option = page.getByTestId(`wizard-region-${provider}-${region}`);
  await option.click();
  await expect(option).toHaveAttribute("aria-pressed", "true");
}

test("a new user designs a 3-region, 3-cloud network in the wizard and opens it in the designer", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signInUi(page);
  await page.getByRole("link", { name: "New topology" }).first().click();
  await expect(page).toHaveURL(/\/topologies\/new$/);
  const heading = stepHeading(page);
  await expect(heading).toHaveText("Client and consensus");
  await expect(page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button")).toHaveCount(5);
  await expectAccessible(page, "wizard: client and consensus");

  // Step 1: Next without a name says why and stays; Enter in the name field advances.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Give the network a name.")).toBeVisible();
  await expect(heading).toHaveText("Client and consensus");
  const name = `Wizard EU ${Date.now()}`;
  await page.getByLabel("Network name").fill(name);
  await expect(page.getByRole("radio", { name: /^QBFT/ })).toBeChecked();
  await page.getByLabel("Network name").press("Enter");
  await expect(heading).toHaveText("Providers and regions");
  await expect(heading).toBeFocused();

  // Step 2: one region on each cloud; the map, round trips and running cost follow.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose at least one cloud provider.")).toBeVisible();
  for (const provider of ["azure", "aws", "gcp"] as const) {
    await page.getByRole("checkbox", { name: new RegExp(`^${LABEL[provider]}`) }).check();
  }
  await pickRegion(page, "azure", "westeurope");
  await pickRegion(page, "aws", "eu-central-1");
  await pickRegion(page, "gcp", "europe-west1");
  await expect(page.getByTestId("wizard-picked-regions").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByTestId("wizard-latency").getByRole("row")).toHaveCount(4); // header + 3 pairs
  await expect(page.getByTestId("wizard-latency")).toContainText(" ms");
  await expect(page.getByTestId("wizard-cost")).toContainText("/ month");
  await expect(page.getByTestId("wizard-map").getByRole("button", { name: /westeurope/ }).first()).toBeVisible();
  await expectAccessible(page, "wizard: providers and regions");
  await page.getByRole("button", { name: "Next" }).click();

  // Step 3: survive one region; a bad budget is refused inline, an empty one is fine.
  await expect(heading).toHaveText("Failure tolerance and compliance");
  await page.getByRole("radio", { name: /^Survive one region/ }).check();
  const budget = page.getByLabel(/Monthly budget/);
  await budget.fill("lots");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/The budget is an amount in US dollars/)).toBeVisible();
  await expect(budget).toHaveAttribute("aria-invalid", "true");
  await budget.fill("");
  await page.getByRole("button", { name: "Next" }).click();

  // Step 4: the proposed spread; a lopsided count is flagged at once, and putting it back clears it.
  await expect(heading).toHaveText("Node roles");
  const validators = page.getByLabel("Validators in Azure westeurope");
  await expect(validators).toHaveValue("2");
  await validators.fill("5");
  const liveErrors = page.getByTestId("wizard-findings").locator('[data-severity="error"]');
  await expect(liveErrors.first()).toBeVisible();
  await validators.fill("2");
  await expect(liveErrors).toHaveCount(0);
  await expectAccessible(page, "wizard: node roles");

  // Back keeps every answer.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(heading).toHaveText("Failure tolerance and compliance");
  await expect(page.getByRole("radio", { name: /^Survive one region/ })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(validators).toHaveValue("2");
  await page.getByRole("button", { name: "Next" }).click();

  // Step 5: no error findings, every region survives, the three regions listed.
  await expect(heading).toHaveText("Review and create");
  await expect(page.getByTestId("wizard-findings-summary")).toHaveText(/^No errors\./);
  await expect(page.getByTestId("wizard-findings").locator('[data-severity="error"]')).toHaveCount(0);
  const regions = page.getByTestId("wizard-review-regions");
  await expect(regions.getByRole("listitem")).toHaveCount(3);
  for (const r of ["Azure westeurope", "AWS eu-central-1", "Google Cloud europe-west1"]) await expect(regions).toContainText(r);
  await expect(page.getByTestId("wizard-failure-domains").locator('tr[data-survives="false"]')).toHaveCount(0);
  await expect(page.getByTestId("wizard-worst-case")).toContainText("Survives losing any one region");
  await expectAccessible(page, "wizard: review");

  await page.getByRole("button", { name: "Create network" }).click();
  await expect(page).toHaveURL(/\/topologies\/(?!new)[^/]+$/);
  for (const id of ["westeurope", "aws-eu-central-1", "gcp-europe-west1"]) await expect(page.getByTestId(`region-${id}`)).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText(/Saved · v1/);
  expect(consoleErrors).toEqual([]);
});

test("a QDQ distribution line fills the wizard and its regions show in the review", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signInUi(page);
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from QDQ" }).click();
  const dialog = page.getByRole("dialog", { name: "Start from QDQ" });
  const input = dialog.getByLabel("QDQ distribution line or file contents");

  // Bad input: a clear message, the text kept, the wizard untouched.
  await input.fill("eastus:validators=three");
  await dialog.getByRole("button", { name: "Fill the wizard" }).click();
  await expect(dialog.getByTestId("qdq-error")).toContainText("must be a whole number");
  await expect(input).toHaveValue("eastus:validators=three");
  await expect(input).toHaveAttribute("aria-invalid", "true");

  await input.fill("eastus:validators=3+rpc=2+boot=1,westus2:validators=2+archive=1");
  await input.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(stepHeading(page)).toHaveText("Review and create");
  await expect(page.getByTestId("wizard-qdq-note")).toContainText("Filled from QDQ: 2 regions");
  const regions = page.getByTestId("wizard-review-regions");
  await expect(regions.getByRole("listitem")).toHaveCount(2);
  await expect(regions.locator('[data-region="azure:eastus"]')).toContainText("3 validators");
  await expect(regions.locator('[data-region="azure:westus2"]')).toContainText("1 archive node");
  // 3 + 2 validators: losing eastus leaves 2 of 5, so the review says it halts.
  await expect(page.getByTestId("wizard-worst-case")).toContainText("halts");
  await expectAccessible(page, "wizard: review after QDQ");

  // Everything imported is editable: step 4 holds the file's counts.
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("button", { name: /Node roles/ }).click();
  await expect(page.getByLabel("Validators in Azure eastus")).toHaveValue("3");
  expect(consoleErrors).toEqual([]);
});

test("a reload keeps the wizard's answers and step until the user starts over", async ({ page }) => {
  await signInUi(page);
  await page.goto("/topologies/new");
  const heading = stepHeading(page);
  await page.getByLabel("Network name").fill("Reload survivor");
  await page.getByLabel("Chain ID").fill("1");
  await expect(page.getByTestId("wizard-chain-id-warning")).toContainText("Ethereum mainnet");
  await page.getByLabel("Chain ID").fill("4242");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(heading).toHaveText("Providers and regions");
  await page.getByRole("checkbox", { name: /^AWS/ }).check();
  await pickRegion(page, "aws", "eu-central-1");

  await page.reload();
  await expect(heading).toHaveText("Providers and regions");
  await expect(page.getByTestId("wizard-picked-regions").getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Network name")).toHaveValue("Reload survivor");
  await expect(page.getByLabel("Chain ID")).toHaveValue("4242");

  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.getByLabel("Network name")).toHaveValue("");
  await page.reload();
  await expect(page.getByLabel("Network name")).toHaveValue("");
});

test("a legacy client is labelled with since when, and only a design of a running network keeps it", async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signInUi(page);
  await page.goto("/topologies/new");
  await expect(stepHeading(page)).toHaveText("Client and consensus");
  // Besu with QBFT is the default; GoQuorum says it is no longer maintained before anyone picks it.
  await expect(page.getByRole("radio", { name: /^Hyperledger Besu/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: /^GoQuorum/ })).toHaveAccessibleName(/No longer maintained/);
  await expect(page.getByTestId("wizard-legacy-notice")).toHaveCount(0);
  await page.getByRole("radio", { name: /^GoQuorum/ }).check();
  const notice = page.getByTestId("wizard-legacy-notice");
  await expect(notice).toContainText("GoQuorum is no longer maintained (archived on 5 June 2026; last release 24.4.1)");
  await expect(notice).toContainText("A new network should use Hyperledger Besu with QBFT.");
  const existing = notice.getByRole("checkbox", { name: /already runs/ });
  await existing.check();
  await page.screenshot({ path: "test-results/wizard-legacy.png" });
  await expectAccessible(page, "wizard: legacy notice");
  // Back on Besu, Clique carries the same warning.
  await page.getByRole("radio", { name: /^Hyperledger Besu/ }).check();
  await expect(notice).toHaveCount(0);
  await page.getByRole("radio", { name: /^Clique/ }).check();
  await expect(page.getByTestId("wizard-legacy-notice")).toContainText("Clique on Besu was removed in Besu 26.4.0 (April 2026)");
  expect(consoleErrors).toEqual([]);
});
