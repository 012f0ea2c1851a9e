import { describe, expect, it } from "vitest";
import { entraIssuer, SsoConfigError, ssoProviders, ssoProviderSummaries } from "./providers";

type Vars = Record<string, string>;
const issuerOf = (vars: Vars) => entraIssuer(vars as NodeJS.ProcessEnv);
const providersOf = (vars: Vars) => ssoProviders(vars as NodeJS.ProcessEnv);
const summariesOf = (vars: Vars) => ssoProviderSummaries(vars as NodeJS.ProcessEnv);

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const ENTRA = { AUTH_MICROSOFT_ENTRA_ID_ID: "client", AUTH_MICROSOFT_ENTRA_ID_SECRET: "secret" };

type Built = { id: string; options: { issuer?: string; checks?: string[]; profile?: (p: object) => object } };
const built = (env: Vars) => providersOf(env).providers.map((p) => (typeof p === "function" ? p() : p) as unknown as Built);

describe("the Microsoft Entra ID issuer", () => {
  it("is built from the tenant id", () => {
    expect(issuerOf({ AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: TENANT })).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
    expect(issuerOf({ AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: "contoso.onmicrosoft.com" })).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0");
  });

  it("is never a multi-tenant endpoint, however it is spelled", () => {
    for (const tenant of ["common", "Common", "organizations", "consumers", " common "]) {
      expect(() => issuerOf({ AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: tenant }), tenant).toThrow(SsoConfigError);
    }
    for (const issuer of [
      "https://login.microsoftonline.com/common/v2.0",
      "https://login.microsoftonline.com/common/v2.0/",
      "https://login.microsoftonline.com/organizations",
      "https://login.microsoftonline.com/%63ommon/v2.0",
      "https://login.microsoftonline.com/v2.0",
    ]) {
      expect(() => issuerOf({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: issuer }), issuer).toThrow(SsoConfigError);
    }
  });

  it("needs a tenant: no silent default", () => {
    expect(() => issuerOf({})).toThrow(/TENANT_ID/);
  });

  it("refuses a tenant id that is not one, plain http off loopback, and an issuer naming another tenant", () => {
    expect(() => issuerOf({ AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: "common/v2.0" })).toThrow(SsoConfigError);
    expect(() => issuerOf({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: `http://login.example/${TENANT}/v2.0` })).toThrow(/https/);
    expect(issuerOf({ AUTH_MICROSOFT_ENTRA_ID_ISSUER: `http://127.0.0.1:4000/${TENANT}/v2.0` })).toBe(`http://127.0.0.1:4000/${TENANT}/v2.0`);
    expect(() =>
      issuerOf({ AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: TENANT, AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/other-tenant/v2.0" }),
    ).toThrow(/names tenant/);
    expect(
      issuerOf({ AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: TENANT.toUpperCase(), AUTH_MICROSOFT_ENTRA_ID_ISSUER: `https://login.microsoftonline.com/${TENANT}/v2.0/` }),
    ).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
  });
});

describe("the SSO providers", () => {
  it("configures Entra ID with the tenant's issuer, PKCE and state", () => {
    const [entra] = built({ ...ENTRA, AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: TENANT });
    expect(entra!.id).toBe("microsoft-entra-id");
    expect(entra!.options.issuer).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
    expect(entra!.options.issuer).not.toMatch(/common|organizations|consumers/);
    expect(entra!.options.checks).toEqual(["pkce", "state"]);
  });

  it("leaves out a misconfigured provider, says why, and keeps the others", () => {
    const env = { ...ENTRA, AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: "common", AUTH_OKTA_ID: "o", AUTH_OKTA_SECRET: "s", AUTH_OKTA_ISSUER: "https://acme.okta.com" };
    const { providers, problems } = providersOf(env);
    expect(providers).toHaveLength(1);
    expect(problems).toEqual([expect.stringMatching(/^Microsoft Entra ID: .*common/)]);
    expect(summariesOf(env)).toEqual([{ id: "okta", name: "Okta" }]);
  });

  it("requires https issuers for Okta and generic OpenID Providers, except on loopback", () => {
    expect(providersOf({ AUTH_OKTA_ID: "o", AUTH_OKTA_SECRET: "s", AUTH_OKTA_ISSUER: "http://acme.okta.com" }).problems[0]).toMatch(/https/);
    const oidc = { AUTH_OIDC_ID: "c", AUTH_OIDC_SECRET: "s", AUTH_OIDC_ISSUER: "http://127.0.0.1:9000/", AUTH_OIDC_NAME: "Corp SSO" };
    expect(summariesOf(oidc)).toEqual([{ id: "oidc", name: "Corp SSO" }]);
    expect(providersOf({ AUTH_OIDC_ID: "c", AUTH_OIDC_ISSUER: "https://idp.example" }).problems[0]).toMatch(/AUTH_OIDC_SECRET/);
  });

  it("maps a profile to a lower-cased email, falling back to a UPN-like username, and fetches no photo", () => {
    const [entra] = built({ ...ENTRA, AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: TENANT });
    const profile = entra!.options.profile!;
    expect(profile({ sub: "s1", email: "Ada@Example.COM", name: "Ada" })).toEqual({ id: "s1", name: "Ada", email: "ada@example.com", image: null });
    expect(profile({ sub: "s2", preferred_username: "Bob@Corp.example" })).toMatchObject({ email: "bob@corp.example", name: "Bob@Corp.example" });
    expect(profile({ sub: "s3", preferred_username: "no-at-sign" })).toMatchObject({ email: null });
  });
});
