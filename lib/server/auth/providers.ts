import type { Provider } from "next-auth/providers";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import Okta from "next-auth/providers/okta";

/**
 * Single sign-on providers, each configured by environment variables (see the README):
 *   Microsoft Entra ID  AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET, _TENANT_ID (or _ISSUER)
 *   Okta                AUTH_OKTA_ID, _SECRET, _ISSUER
 *   any OpenID Provider AUTH_OIDC_ID, _SECRET, _ISSUER, _NAME
 * All use the authorisation-code flow with PKCE and state. Groups come from the ID token.
 */

export interface SsoProviderSummary {
  id: string;
  name: string;
}

/** Entra ID's multi-tenant endpoints: any Microsoft account could sign in through them. */
const MULTI_TENANT = new Set(["common", "organizations", "consumers"]);

export class SsoConfigError extends Error {}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** A directory (tenant) id or one of its domains: "72f988bf-…" or "contoso.onmicrosoft.com". */
const TENANT = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/i;

/** The tenant-specific issuer, https://login.microsoftonline.com/<tenant>/v2.0; never a multi-tenant one. */
export function entraIssuer(env: NodeJS.ProcessEnv = process.env): string {
  const tenant = env.AUTH_MICROSOFT_ENTRA_ID_TENANT_ID?.trim();
  const explicit = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER?.trim().replace(/\/+$/, "");
  if (!tenant && !explicit) {
    throw new SsoConfigError("Microsoft Entra ID needs AUTH_MICROSOFT_ENTRA_ID_TENANT_ID (your directory's tenant id).");
  }
  if (tenant && MULTI_TENANT.has(tenant.toLowerCase())) {
    throw new SsoConfigError(`AUTH_MICROSOFT_ENTRA_ID_TENANT_ID is "${tenant}": use your tenant's id, never a multi-tenant endpoint.`);
  }
  if (tenant && !TENANT.test(tenant)) {
    throw new SsoConfigError(`AUTH_MICROSOFT_ENTRA_ID_TENANT_ID "${tenant}" is neither a directory id nor a domain.`);
  }
  const issuer = explicit ?? `https://login.microsoftonline.com/${tenant}/v2.0`;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new SsoConfigError(`AUTH_MICROSOFT_ENTRA_ID_ISSUER is not a URL: ${issuer}`);
  }
  if (url.protocol !== "https:" && !LOOPBACK.has(url.hostname)) {
    throw new SsoConfigError("AUTH_MICROSOFT_ENTRA_ID_ISSUER must be an https URL (plain http only on loopback, for tests).");
  }
  const segments = url.pathname.split("/").filter(Boolean);
  const issuerTenant = segments.at(-1) === "v2.0" ? segments.at(-2) : segments.at(-1);
  // Percent-escapes fail TENANT too, so "%63ommon" cannot pass for a tenant.
  if (!issuerTenant || !TENANT.test(issuerTenant) || MULTI_TENANT.has(issuerTenant.toLowerCase())) {
    throw new SsoConfigError(`The Entra ID issuer ${issuer} is not tenant-specific: it would let any Microsoft account sign in.`);
  }
  if (tenant && issuerTenant.toLowerCase() !== tenant.toLowerCase()) {
    throw new SsoConfigError(`AUTH_MICROSOFT_ENTRA_ID_ISSUER names tenant "${issuerTenant}" but AUTH_MICROSOFT_ENTRA_ID_TENANT_ID is "${tenant}".`);
  }
  return issuer;
}

type Claims = Record<string, unknown>;

/** The user Auth.js hands to the callbacks: the subject, a lower-cased email and a display name. */
function profileOf(profile: object) {
  const claims = profile as Claims;
  const str = (key: string) => (typeof claims[key] === "string" && claims[key] ? (claims[key] as string) : undefined);
  const email = str("email") ?? [str("preferred_username"), str("upn")].find((v) => v?.includes("@"));
  return {
    id: str("sub")!,
    name: str("name") ?? str("preferred_username") ?? null,
    email: email?.toLowerCase() ?? null,
    image: null,
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SsoConfigError(`${name} is not set.`);
  return value;
}

function issuerUrl(env: NodeJS.ProcessEnv, name: string): string {
  const value = required(env, name).replace(/\/+$/, "");
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && !LOOPBACK.has(url.hostname)) {
      throw new SsoConfigError(`${name} must be an https URL (plain http only on loopback, for tests).`);
    }
  } catch (error) {
    if (error instanceof SsoConfigError) throw error;
    throw new SsoConfigError(`${name} is not a URL: ${value}`);
  }
  return value;
}

const CHECKS: ("pkce" | "state" | "nonce")[] = ["pkce", "state"];

/**
 * The configured SSO providers and, for a misconfigured one, why it was left out (logged once; a
 * broken provider never takes the others or the app down).
 */
export function ssoProviders(env: NodeJS.ProcessEnv = process.env): { providers: Provider[]; problems: string[] } {
  const providers: Provider[] = [];
  const problems: string[] = [];
  const attempt = (label: string, build: () => Provider) => {
    try {
      providers.push(build());
    } catch (error) {
      problems.push(`${label}: ${(error as Error).message}`);
    }
  };
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID) {
    attempt("Microsoft Entra ID", () =>
      MicrosoftEntraID({
        clientId: required(env, "AUTH_MICROSOFT_ENTRA_ID_ID"),
        clientSecret: required(env, "AUTH_MICROSOFT_ENTRA_ID_SECRET"),
        issuer: entraIssuer(env),
        checks: CHECKS,
        authorization: { params: { scope: env.AUTH_MICROSOFT_ENTRA_ID_SCOPE ?? "openid profile email" } },
        // Replaces the stock profile, which fetches a photo from Microsoft Graph (not reachable offline).
        profile: profileOf,
      }),
    );
  }
  if (env.AUTH_OKTA_ID) {
    attempt("Okta", () =>
      Okta({
        clientId: required(env, "AUTH_OKTA_ID"),
        clientSecret: required(env, "AUTH_OKTA_SECRET"),
        issuer: issuerUrl(env, "AUTH_OKTA_ISSUER"),
        checks: CHECKS,
        authorization: { params: { scope: env.AUTH_OKTA_SCOPE ?? "openid profile email groups" } },
        profile: profileOf,
      }),
    );
  }
  if (env.AUTH_OIDC_ID) {
    attempt("OpenID Connect", () => ({
      id: "oidc",
      name: env.AUTH_OIDC_NAME?.trim() || "Single sign-on",
      type: "oidc",
      issuer: issuerUrl(env, "AUTH_OIDC_ISSUER"),
      clientId: required(env, "AUTH_OIDC_ID"),
      clientSecret: required(env, "AUTH_OIDC_SECRET"),
      checks: CHECKS,
      authorization: { params: { scope: env.AUTH_OIDC_SCOPE ?? "openid profile email" } },
      profile: profileOf,
    }));
  }
  return { providers, problems };
}

/** id and display name of each working SSO provider, for the sign-in page's buttons. */
export function ssoProviderSummaries(env: NodeJS.ProcessEnv = process.env): SsoProviderSummary[] {
  return ssoProviders(env).providers.map((p) => {
    const provider = (typeof p === "function" ? p() : p) as { id: string; name: string; options?: { id?: string; name?: string } };
    return { id: provider.options?.id ?? provider.id, name: provider.options?.name ?? provider.name };
  });
}
