import { expect, request as playwrightRequest, test } from "@playwright/test";
import { A, B, client, PASSWORD, signIn, signOut, withToken } from "./testing/instances";

// Two instances, one database: whatever one instance decides about sign-in limits, sessions and saves, the
// other must honour. Each test uses client addresses of its own, so their sign-in limits never meet.
test.describe.configure({ mode: "serial" });

const anonymous = () => playwrightRequest.newContext();

test("failed sign-ins on one instance count on the other; the real user's own address still signs in", async () => {
  const attacker = await client("198.51.100.7");
  // Three failures allowed from one address: two on A and one on B reach the limit only if the count is shared.
  expect(await signIn(attacker, A, "guess-1")).toEqual({ result: "credentials" });
  expect(await signIn(attacker, A, "guess-2")).toEqual({ result: "credentials" });
  expect(await signIn(attacker, B, "guess-3")).toEqual({ result: "credentials" });
  // Locked on both, even with the right password: a locked address is not even checked.
  expect(await signIn(attacker, A, PASSWORD)).toEqual({ result: "rate_limited" });
  expect(await signIn(attacker, B, PASSWORD)).toEqual({ result: "rate_limited" });

  const user = await client("203.0.113.5");
  const signedIn = await signIn(user, B, PASSWORD);
  expect(signedIn.result).toBe("signed-in");
  expect((await user.get(`${A}/api/me/sessions`)).status()).toBe(200);
  await Promise.all([attacker.dispose(), user.dispose()]);
});

test("signing out on one instance ends the session on the other", async () => {
  const browser = await client("203.0.113.10");
  const { token } = await signIn(browser, A, PASSWORD);
  const check = await anonymous();
  expect((await check.get(`${B}/api/me/sessions`, withToken(token!))).status()).toBe(200);

  await signOut(browser, A);
  const refused = await check.get(`${B}/api/me/sessions`, withToken(token!));
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthorized");
  await Promise.all([browser.dispose(), check.dispose()]);
});

test("a session ended from the sessions list on one instance is refused by the other", async () => {
  const laptop = await client("203.0.113.11");
  const phone = await client("203.0.113.12");
  const { token: laptopToken } = await signIn(laptop, A, PASSWORD);
  const { token: phoneToken } = await signIn(phone, B, PASSWORD);

  const { sessions } = (await (await laptop.get(`${A}/api/me/sessions`)).json()) as { sessions: { id: string; current: boolean; address: string }[] };
  expect(sessions[0]).toMatchObject({ current: true, address: "203.0.113.11" });
  const phoneSession = sessions.find((s) => s.address === "203.0.113.12");
  expect(phoneSession, "the phone's session is listed").toBeTruthy();

  expect((await laptop.delete(`${A}/api/me/sessions/${phoneSession!.id}`)).status()).toBe(200);
  const check = await anonymous();
  expect((await check.get(`${B}/api/me/sessions`, withToken(phoneToken!))).status()).toBe(401);
  expect((await check.get(`${B}/api/me/sessions`, withToken(laptopToken!))).status()).toBe(200);
  await Promise.all([laptop.dispose(), phone.dispose(), check.dispose()]);
});

test("a save on one instance is seen on the other, and a stale save there is refused with 409", async () => {
  const api = await client("203.0.113.13");
  await signIn(api, A, PASSWORD);
  const created = await api.post(`${A}/api/topologies`, { data: { name: `Shared network ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { topology } = (await created.json()) as { topology: { id: string } };

  const onB = await (await api.get(`${B}/api/topologies/${topology.id}`)).json();
  expect(onB.version.number).toBe(1);
  const saved = await api.put(`${A}/api/topologies/${topology.id}`, {
    data: { baseVersion: 1, message: "on A", document: { ...onB.document, description: "saved on A" } },
  });
  expect(saved.status()).toBe(201);

  const seen = await (await api.get(`${B}/api/topologies/${topology.id}`)).json();
  expect(seen.version.number).toBe(2);
  expect(seen.document.description).toBe("saved on A");
  const stale = await api.put(`${B}/api/topologies/${topology.id}`, {
    data: { baseVersion: 1, message: "on B", document: { ...onB.document, description: "saved on B" } },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("conflict");
  await api.dispose();
});

test("the sessions view lists this device and ends another, by keyboard", async ({ page }) => {
  const other = await client("203.0.113.14");
  const { token } = await signIn(other, B, PASSWORD);

  await page.goto(`${A}/signin`);
  await page.getByLabel("Local password").fill(PASSWORD);
  await page.getByRole("button", { name: "Continue as local user" }).click();
  await expect(page.getByRole("heading", { name: "Topologies", exact: true })).toBeVisible();

  await page.getByRole("button", { name: /^Profile and organisation/ }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Sessions…" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Sessions" });
  const list = dialog.getByRole("list", { name: "Your sessions" });
  await expect(list.getByRole("listitem").first()).toContainText("This device");
  await expect(list.getByRole("listitem").first()).toHaveAttribute("aria-current", "true");

  const end = dialog.getByRole("button", { name: /^End session: .* from 203\.0\.113\.14$/ });
  await end.focus();
  await page.keyboard.press("Enter");
  await expect(end).toHaveCount(0);
  await expect(dialog.getByRole("status").first()).toContainText("Session ended");

  const check = await anonymous();
  expect((await check.get(`${B}/api/me/sessions`, withToken(token!))).status()).toBe(401);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await Promise.all([other.dispose(), check.dispose()]);
});
