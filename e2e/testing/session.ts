import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** Signs in as the local user over HTTP (CSRF token, then the credentials callback). */
export async function signInApi(request: APIRequestContext): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/local", {
    form: { csrfToken, password: "", callbackUrl: "/topologies" },
    maxRedirects: 0,
  });
  expect(response.status(), "local sign-in redirects").toBe(302);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.id, "signed in").toBeTruthy();
}

/** Signs in through the sign-in page, as a person would. */
export async function signInUi(page: Page): Promise<void> {
  await page.goto("/topologies");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText("Local mode.")).toBeVisible();
  await page.getByRole("button", { name: "Continue as local user" }).click();
  await expect(page.getByRole("heading", { name: "Topologies", exact: true })).toBeVisible();
}
