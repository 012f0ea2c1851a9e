import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";

/** The two instances (playwright.instances.config.ts) and the local user's password. */
export const A = process.env.MERIDIAN_INSTANCES_A_URL!;
export const B = process.env.MERIDIAN_INSTANCES_B_URL!;
export const PASSWORD = process.env.MERIDIAN_INSTANCES_PASSWORD!;
export const SESSION_COOKIE = "authjs.session-token";

/** A client of its own (its own cookies), claiming to be `address` as a load balancer would say. */
export async function client(address: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
}

export interface SignInOutcome {
  /** "signed-in", or the code Auth.js put in the sign-in page's URL ("credentials", "rate_limited"). */
  result: string;
  /** The session cookie's value when signed in. */
  token?: string;
}

/** One local sign-in over HTTP at `base`: the CSRF token, then the credentials callback. */
export async function signIn(api: APIRequestContext, base: string, password: string): Promise<SignInOutcome> {
  const { csrfToken } = (await (await api.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await api.post(`${base}/api/auth/callback/local`, {
    form: { csrfToken, password, callbackUrl: "/topologies" },
    maxRedirects: 0,
  });
  expect(response.status(), "a sign-in answers with a redirect").toBe(302);
  const location = new URL(response.headers().location!, base);
  if (location.pathname === "/signin") return { result: location.searchParams.get("code") ?? location.searchParams.get("error") ?? "?" };
  const token = (await api.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  expect(token, "a session cookie").toBeTruthy();
  return { result: "signed-in", token };
}

/** Signs out at `base` through Auth.js, as the sign-out button does. */
export async function signOut(api: APIRequestContext, base: string): Promise<void> {
  const { csrfToken } = (await (await api.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await api.post(`${base}/api/auth/signout`, { form: { csrfToken, callbackUrl: "/signin" }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
}

/** A request carrying exactly this session token and no other cookie. */
export function withToken(token: string) {
  return { headers: { cookie: `${SESSION_COOKIE}=${token}` } };
}
