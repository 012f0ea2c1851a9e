import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInOrganisationMember, signInOtherOrganisation } from "./testing/other-organisation";
import { expectAccessible, watchConsole } from "./testing/page-checks";
import { signInUi } from "./testing/session";

/** The active organisation, as the API reports it. */
async function activeOrganizationId(page: Page): Promise<string> {
  const me = await (await page.request.get("/api/me/organizations")).json();
  expect(me.activeOrganizationId, "an active organisation").toBeTruthy();
  return me.activeOrganizationId as string;
}

async function createTopology(request: APIRequestContext, name: string): Promise<string> {
  const created = await request.post("/api/topologies", { data: { name } });
  expect(created.status()).toBe(201);
  return (await created.json()).topology.id as string;
}

async function requestReview(request: APIRequestContext, topologyId: string, reviewerId: string, message: string): Promise<string> {
  const response = await request.post(`/api/topologies/${topologyId}/reviews`, { data: { version: 1, reviewerIds: [reviewerId], message } });
  expect(response.status()).toBe(201);
  return (await response.json()).review.id as string;
}

// Other specs use the same organisation at the same time: rows are found by this run's topology names.
test("the reviews list shows what waits for a reviewer, filters by whose and by status, and links to each review", async ({ page, browser, baseURL }) => {
  const ownerErrors = watchConsole(page);
  await signInUi(page);
  const organizationId = await activeOrganizationId(page);
  const name = `Listed ${Date.now()}`;
  const topologyId = await createTopology(page.request, name);

  const reviewerContext = await browser.newContext({ baseURL });
  const reviewer = await signInOrganisationMember(reviewerContext, baseURL!, organizationId, "reviewer", `Rowan Reviewer ${Date.now()}`);
  const theirs = await reviewerContext.newPage();
  const reviewerErrors = watchConsole(theirs);
  const reviewId = await requestReview(page.request, topologyId, reviewer.userId, "Is the quorum right?");

  // The reviewer reaches the list from the main navigation; it opens on what waits for them.
  await theirs.goto("/topologies");
  await theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(theirs).toHaveURL(/\/reviews$/);
  await expect(theirs.getByRole("heading", { name: "Reviews", exact: true })).toBeVisible();
  await expect(theirs.getByRole("tab", { name: "Waiting for me" })).toHaveAttribute("aria-selected", "true");
  const row = theirs.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("review-status")).toHaveText("Open");
  await expect(row).toContainText(reviewer.name);
  await expectAccessible(theirs, "reviews list");

  // Tabs work from the keyboard; "Requested by me" is empty for them and says what to do.
  await theirs.getByRole("tab", { name: "Waiting for me" }).focus();
  await theirs.keyboard.press("ArrowRight");
  await expect(theirs.getByRole("tab", { name: "Requested by me" })).toHaveAttribute("aria-selected", "true");
  await expect(theirs).toHaveURL(/involving=requested-by-me/);
  await expect(theirs.getByRole("heading", { name: "You haven’t asked for a review" })).toBeVisible();
  await expect(theirs.getByRole("link", { name: "Go to topologies" })).toBeVisible();
  await expectAccessible(theirs, "empty reviews list");

  // A status with nothing in it offers the way back to every status.
  await theirs.getByRole("tab", { name: "Waiting for me" }).click();
  const status = theirs.getByLabel("Status", { exact: true });
  await status.selectOption({ label: "Approved" });
  await expect(theirs.getByRole("heading", { name: "No approved reviews" })).toBeVisible();
  await theirs.getByRole("button", { name: "Show all statuses" }).click();
  await expect(status).toHaveValue("all");
  await expect(row).toHaveCount(1);

  // Each row links to its review; a decision and a comment show in the list afterwards.
  await row.getByRole("link", { name: `${name}, version 1` }).click();
  await expect(theirs).toHaveURL(new RegExp(`/reviews/${reviewId}$`));
  await expect(theirs.getByRole("heading", { name: "Review of version 1" })).toBeVisible();
  await theirs.getByRole("button", { name: "Request changes" }).click();
  await expect(theirs.getByTestId("review-status")).toHaveText("Changes requested");
  const commented = await theirs.request.post(`/api/reviews/${reviewId}/comments`, { data: { body: "Four validators tolerate one fault only." } });
  expect(commented.status()).toBe(201);
  await theirs.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(row.getByTestId("review-status")).toHaveText("Changes requested");
  await expect(row.getByTestId("review-comment-count")).toHaveText("1");

  // The requester finds it under "Requested by me", straight from a link with its filters.
  await page.goto("/reviews?involving=requested-by-me&status=changes-requested");
  await expect(page.getByRole("tab", { name: "Requested by me" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("changes-requested");
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(1);
  await expectAccessible(page, "reviews requested by the owner");

  // Another organisation's owner sees none of it.
  const otherContext = await browser.newContext({ baseURL });
  await signInOtherOrganisation(otherContext, baseURL!);
  const outsider = await otherContext.newPage();
  await outsider.goto("/reviews?involving=any");
  await expect(outsider.getByRole("heading", { name: "No reviews yet" })).toBeVisible();
  await expect(outsider.getByText(name)).toHaveCount(0);

  expect(ownerErrors).toEqual([]);
  expect(reviewerErrors).toEqual([]);
  await otherContext.close();
  await reviewerContext.close();
});

test("the reviews list loads older reviews on demand", async ({ page, browser, baseURL }) => {
  await signInUi(page);
  const organizationId = await activeOrganizationId(page);
  const name = `Paged ${Date.now()}`;
  const topologyId = await createTopology(page.request, name);
  const reviewerContext = await browser.newContext({ baseURL });
  const reviewer = await signInOrganisationMember(reviewerContext, baseURL!, organizationId, "reviewer", `Pat Pager ${Date.now()}`);
  // One more than a page: a fresh reviewer's "Waiting for me" holds exactly these.
  for (let i = 1; i <= 51; i++) await requestReview(page.request, topologyId, reviewer.userId, `Round ${i}`);

  const theirs = await reviewerContext.newPage();
  const errors = watchConsole(theirs);
  await theirs.goto("/reviews");
  const rows = theirs.getByTestId("organization-reviews").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(theirs.getByText("50 reviews shown, older ones follow")).toBeVisible();
  await theirs.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(51);
  await expect(theirs.getByText("51 reviews shown")).toBeVisible();
  await expect(theirs.getByRole("button", { name: "Load more" })).toHaveCount(0);
  await expectAccessible(theirs, "reviews list after loading more");

  expect(errors).toEqual([]);
  await reviewerContext.close();
});
