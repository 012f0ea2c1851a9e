import { expect, test, type Page } from "@playwright/test";
import { myOrganizations, signInThroughSso, type SsoSignIn } from "./testing/sso";
import { ENTRA_CLIENT, ENTRA_ISSUER, OKTA_CLIENT, OKTA_ISSUER, SSO_APP_URL, SSO_ORG, SSO_USERS } from "./testing/sso-env";

// Runs with playwright.sso.config.ts: two real OpenID Providers (oidc-provider) on 127.0.0.1 pose as
// Okta and Entra ID, and the app signs users in through them with the authorisation-code flow and
// PKCE. Serial: the viewer opens the topology the editor created.
test.describe.configure({ mode: "serial" });

let topologyId: string | undefined;

/** The authorisation request is a code flow with a S256 PKCE challenge and state, to our callback. */
function expectPkceAndState({ authorization, callback }: SsoSignIn, issuer: string, clientId: string, provider: string) {
  expect(`${authorization.origin}${authorization.pathname}`).toBe(`${issuer}/auth`);
  const q = authorization.searchParams;
  expect(q.get("response_type")).toBe("code");
  expect(q.get("client_id")).toBe(clientId);
  expect(q.get("redirect_uri")).toBe(`${SSO_APP_URL}/api/auth/callback/${provider}`);
  expect(q.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
  expect(q.get("code_challenge_method")).toBe("S256");
  expect(q.get("code_challenge"), "a base64url SHA-256 challenge").toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(q.has("code_verifier"), "the verifier never leaves the app").toBe(false);
  expect(q.get("state")?.length ?? 0, "state").toBeGreaterThan(20);
  // The IdP answered that same request: its code comes back with the state the app sent.
  expect(callback.searchParams.get("state")).toBe(q.get("state"));
  expect(callback.searchParams.get("code")).toBeTruthy();
  expect(callback.searchParams.get("iss")).toBe(issuer);
}

/** The profile menu names the user, the organisation and their role in it. */
async function expectProfileMenu(page: Page, name: string, role: string) {
  const trigger = page.getByRole("button", { name: `Profile and organisation: ${name}, ${SSO_ORG.name}` });
  await expect(trigger).toBeVisible();
  await trigger.click();
  await expect(page.getByRole("menu")).toContainText(`${role} of ${SSO_ORG.name}`);
  await page.keyboard.press("Escape");
}

test("an editor signs in through Okta with PKCE, lands in the mapped organisation and creates a topology", async ({ page }) => {
  const signIn = await signInThroughSso(page, "okta", "alice");
  expectPkceAndState(signIn, OKTA_ISSUER, OKTA_CLIENT.id, "okta");
  expect(signIn.authorization.searchParams.get("scope")?.split(" ")).toContain("groups");

  await expect(page).toHaveURL(`${SSO_APP_URL}/topologies`);
  await expect(page.getByRole("heading", { name: "Topologies", exact: true })).toBeVisible();
  await expectProfileMenu(page, SSO_USERS.alice.name, "editor");
  const me = await myOrganizations(page);
  expect(me.signInProvider).toBe("okta");
  expect(me.user.email).toBe(SSO_USERS.alice.email);
  expect(me.organizations.map((o) => ({ slug: o.slug, name: o.name, role: o.role }))).toEqual([{ ...SSO_ORG, role: "editor" }]);

  const name = `SSO network ${Date.now()}`;
  await page.goto("/topologies/new");
  await page.getByRole("button", { name: "Start from a blank network" }).click();
  const dialog = page.getByRole("dialog", { name: "New topology" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create topology" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("read-only-notice")).toHaveCount(0);
  topologyId = new URL(page.url()).pathname.split("/")[2];
  expect(topologyId).toBeTruthy();
  const stored = await page.request.get(`/api/topologies/${topologyId}`);
  expect(stored.status()).toBe(200);
  expect((await stored.json()).version.number).toBe(1);
});

test("a viewer signs in through Entra ID: the designer is read-only and the API refuses a save", async ({ page }) => {
  expect(topologyId, "the editor's topology").toBeTruthy();
  const signIn = await signInThroughSso(page, "microsoft-entra-id", "victor");
  expectPkceAndState(signIn, ENTRA_ISSUER, ENTRA_CLIENT.id, "microsoft-entra-id");

  await expect(page).toHaveURL(`${SSO_APP_URL}/topologies`);
  await expectProfileMenu(page, SSO_USERS.victor.name, "viewer");
  const me = await myOrganizations(page);
  expect(me.signInProvider).toBe("microsoft-entra-id");
  expect(me.organizations.map((o) => ({ slug: o.slug, role: o.role }))).toEqual([{ slug: SSO_ORG.slug, role: "viewer" }]);

  await page.goto(`/topologies/${topologyId}`);
  const notice = page.getByTestId("read-only-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Read only: your role is viewer");
  const toolbar = page.getByRole("toolbar", { name: "Designer" });
  for (const control of ["Undo", "Redo", "Auto-layout", "Import a QDQ or Meridian file"]) {
    await expect(toolbar.getByRole("button", { name: control }), control).toBeDisabled();
  }
  const palette = page.getByRole("complementary", { name: "Palette" });
  await expect(palette.getByTestId("palette-Validators")).toBeDisabled();
  await expect(palette.getByTestId("palette-Bootnodes")).toBeDisabled();
  // Looking around still works.
  await expect(toolbar.getByRole("button", { name: "Download the document as JSON" })).toBeEnabled();

  // The API refuses a save made with this session's cookies, from the app's own page.
  const attempt = await page.evaluate(async (id) => {
    const current = await (await fetch(`/api/topologies/${id}`)).json();
    const document = { ...current.document, description: "a viewer was here" };
    const response = await fetch(`/api/topologies/${id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseVersion: current.version.number, document }),
    });
    return { status: response.status, body: await response.json() };
  }, topologyId!);
  expect(attempt.status).toBe(403);
  expect(attempt.body.error).toMatchObject({ code: "forbidden", permission: "topology.edit", role: "viewer" });
  // ... and so does the same request from outside the page, with the context's cookies.
  const direct = await page.request.put(`/api/topologies/${topologyId}`, { data: { baseVersion: 1, document: { name: "x" } } });
  expect(direct.status()).toBe(403);
  const after = await (await page.request.get(`/api/topologies/${topologyId}`)).json();
  expect(after.version.number).toBe(1);
  expect(after.document.description ?? "").not.toBe("a viewer was here");
});

test("a user in no mapped group is refused with a clear message on the sign-in page", async ({ page }) => {
  const signIn = await signInThroughSso(page, "okta", "mallory");
  expectPkceAndState(signIn, OKTA_ISSUER, OKTA_CLIENT.id, "okta");
  await expect(page).toHaveURL(/\/signin\?error=NoMembership/);
  await expect(page.getByText("Your account does not belong to any organisation. Ask an administrator to invite you.")).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user ?? null, "not signed in").toBeNull();
  expect((await page.request.get("/api/me/organizations")).status()).toBe(401);
});

test("with SSO configured, local sign-in is off", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in to Meridian" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue as local user" })).toHaveCount(0);
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/callback/local", { form: { csrfToken, password: "", callbackUrl: "/topologies" }, maxRedirects: 0 });
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user ?? null, "no local session").toBeNull();
});

test("the sign-in page offers a button for each SSO provider", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByText("No sign-in method is configured")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Okta/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Microsoft Entra ID/ })).toBeVisible();
});
