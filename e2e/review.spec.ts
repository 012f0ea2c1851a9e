import { expect, test, type Page } from "@playwright/test";
import { signInOrganisationMember } from "./testing/other-organisation";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

/** The active organisation, as the API reports it. */
async function activeOrganizationId(page: Page): Promise<string> {
  const me = await (await page.request.get("/api/me/organizations")).json();
  expect(me.activeOrganizationId, "an active organisation").toBeTruthy();
  return me.activeOrganizationId as string;
}

/** Opens the designer's export dialog and asks for the saved version's bundle. */
async function exportFromDesigner(page: Page, topologyId: string, version: number) {
  await page.goto(`/topologies/${topologyId}`);
  await expect(page.getByTestId("save-state")).toHaveText(`Saved · v${version}`);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export a deployment bundle" });
  await dialog.getByRole("checkbox", { name: /Terraform/ }).uncheck();
  await dialog.getByRole("button", { name: `Export version ${version}` }).click();
  return dialog;
}

/** The refusal of the unapproved export is logged by the browser as a failed resource; nothing else may be. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 403/.test(e));

test("a production export waits for another member's approval of the exact version, reviewed with a pinned comment and a fix", async ({ page, browser, baseURL }) => {
  // Two members, three exports each checked by verify-bundle: about 40 s alone, over a minute beside the other specs.
  test.setTimeout(120_000);
  const ownerErrors = watchConsole(page);
  await signInUi(page);
  const organizationId = await activeOrganizationId(page);
  const name = `Reviewed ${Date.now()}`;
  const created = await page.request.post("/api/topologies", { data: { name } });
  expect(created.status()).toBe(201);
  const { topology } = await created.json();
  const id = topology.id as string;

  // The owner requires one approval for production exports (a bad value is refused in place first).
  await page.goto("/settings");
  const approvals = page.getByLabel("Approvals required for production exports");
  await approvals.fill("11");
  await page.getByRole("button", { name: "Save review policy" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "whole number from 0 to 10" })).toBeVisible();
  await approvals.fill("2");
  await page.getByRole("button", { name: "Save review policy" }).click();
  await expect(page.getByText("Review policy saved")).toBeVisible();
  await approvals.fill("1");
  await page.getByRole("button", { name: "Save review policy" }).click();
  await expect(approvals).toHaveValue("1");
  await expect(page.getByRole("button", { name: "Save review policy" })).toBeDisabled();
  expect((await (await page.request.get(`/api/orgs/${organizationId}/review-policy`)).json()).approvalsRequired).toBe(1);

  // ...and marks the topology production on its versions page.
  await page.goto(`/topologies/${id}/versions`);
  await page.getByLabel("Production topology").check();
  await expect(page.getByTestId("approval-status")).toContainText("Version 1 has 0 of 1 approval");
  await expectAccessible(page, "versions page");

  // The export is refused, and the dialog says why.
  let dialog = await exportFromDesigner(page, id, 1);
  await expect(dialog.getByRole("alert")).toContainText("is a production topology: version 1 needs 1 approval");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // A second member of the same organisation, a reviewer, in a browser of their own.
  const reviewerContext = await browser.newContext({ baseURL });
  const reviewer = await signInOrganisationMember(reviewerContext, baseURL!, organizationId, "reviewer", `Riley Reviewer ${Date.now()}`);
  const theirs = await reviewerContext.newPage();
  const reviewerErrors = watchConsole(theirs);

  // The owner asks them to review version 1.
  await page.goto(`/topologies/${id}/versions`);
  await page.getByRole("button", { name: "Request review" }).click();
  const request = page.getByRole("dialog", { name: "Request a review" });
  await request.getByRole("button", { name: "Request review" }).click();
  await expect(request.getByRole("alert")).toContainText("Choose at least one reviewer");
  await request.getByRole("checkbox", { name: new RegExp(reviewer.name) }).check();
  await request.getByLabel(/Message/).fill("Ready for production?");
  await expectAccessible(page, "request review dialog");
  await request.getByRole("button", { name: "Request review" }).click();
  await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
  const reviewUrl = page.url();
  await expect(page.getByRole("heading", { name: "Review of version 1" })).toBeVisible();
  // Nobody approves their own change: the owner asked, so their approve button is off and says why.
  await expect(page.getByRole("button", { name: "Approve" })).toBeDisabled();
  await expect(page.getByText("You can't approve your own change: you requested this review.")).toBeVisible();
  await expectAccessible(page, "review page");

  // The reviewer is notified, follows the link and pins a comment to the bootnodes.
  await theirs.goto("/topologies");
  const bell = theirs.getByRole("button", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible();
  await bell.click();
  await expectAccessible(theirs, "notifications");
  await theirs.getByRole("link", { name: /asked you to review version 1/ }).click();
  await expect(theirs).toHaveURL(reviewUrl);
  await expect(theirs.getByRole("button", { name: "Notifications" })).toBeVisible();
  await theirs.getByTestId("review-canvas").getByTestId("group-bootnodes").click();
  await expect(theirs.getByLabel("Pin to")).toHaveValue("nodeGroup:bootnodes");
  await theirs.getByLabel("Comment", { exact: true }).fill("One bootnode is a single point of failure for discovery: run two.");
  await theirs.getByRole("button", { name: "Pin comment" }).click();
  const pinned = theirs.getByTestId("comment-group").filter({ hasText: "Node group 'bootnodes'" });
  await expect(pinned).toContainText("run two");
  await expect(theirs.getByTestId("review-canvas").getByTestId("comment-pin")).toHaveAccessibleName("1 review comment");
  await theirs.getByRole("button", { name: "Request changes" }).click();
  await expect(theirs.getByTestId("review-status")).toHaveText("Changes requested");
  await expectAccessible(theirs, "review page as the reviewer");

  // The owner sees the comment in the designer and pushes a fix as version 2.
  await page.goto(`/topologies/${id}`);
  await expect(page.getByTestId("save-state")).toHaveText("Saved · v1");
  await page.getByRole("button", { name: /^Reviews · 1 comment/ }).click();
  const panel = page.getByRole("region", { name: "Open review comments" });
  await expect(panel).toContainText("run two");
  await panel.getByRole("button", { name: /^Show Node group 'bootnodes'/ }).click();
  await expect(page.locator('.react-flow__node.selected [data-testid="group-bootnodes"]')).toBeVisible();
  const stored = await (await page.request.get(`/api/topologies/${id}`)).json();
  const fixed = { ...stored.document, nodeGroups: stored.document.nodeGroups.map((g: { id: string }) => (g.id === "bootnodes" ? { ...g, count: 2 } : g)) };
  const saved = await page.request.put(`/api/topologies/${id}`, { data: { baseVersion: 1, document: fixed, message: "Two bootnodes" } });
  expect(saved.status()).toBe(201);

  // ...and moves the review to it; what changed since the last review is listed.
  await page.goto(reviewUrl);
  await page.getByRole("button", { name: "Move review to version 2" }).click();
  await expect(page.getByRole("heading", { name: "Review of version 2" })).toBeVisible();
  await expect(page.getByTestId("changes-since-review").getByRole("listitem").filter({ hasText: "Node group 'bootnodes'" })).toContainText("Changed");

  // The reviewer sees the change and approves version 2.
  await theirs.reload();
  await expect(theirs.getByRole("heading", { name: "Review of version 2" })).toBeVisible();
  await expect(theirs.getByTestId("changes-since-review").getByRole("listitem").filter({ hasText: "Node group 'bootnodes'" })).toContainText("Changed");
  await theirs.getByRole("button", { name: "Approve" }).click();
  await expect(theirs.getByTestId("review-status")).toHaveText("Approved");
  await expect(theirs.getByTestId("review-approvals")).toContainText("1 of 1 required approval");

  // The owner is told, and the production export of version 2 now succeeds.
  await page.goto(`/topologies/${id}/versions`);
  await expect(page.getByTestId("approval-status")).toContainText("Version 2 has 1 of 1 approval");
  await expect(page.getByRole("button", { name: /^Notifications, \d+ unread/ })).toBeVisible();
  dialog = await exportFromDesigner(page, id, 2);
  await expect(dialog.getByTestId("export-done")).toContainText("files from version 2");
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: /^Download .*-v2\.zip$/ }).click();
  expect((await download).suggestedFilename()).toMatch(/-v2\.zip$/);

  expect(unexpected(ownerErrors)).toEqual([]);
  expect(reviewerErrors).toEqual([]);
  await reviewerContext.close();
});
