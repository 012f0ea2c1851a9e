// A real OpenID Provider (panva's oidc-provider) on loopback, for the SSO browser tests: each issuer
// serves the authorisation-code flow with PKCE required, a login page where the test types a user
// name (devInteractions; any password), and ID tokens carrying email, name and a `groups` claim.
//
//   node e2e/testing/oidc-provider.mjs      reads OIDC_HARNESS (JSON: { issuers: IssuerOptions[] }),
//                                           serves until SIGTERM/SIGINT
//
// Nothing is downloaded and nothing listens beyond 127.0.0.1.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import { pathToFileURL } from "node:url";
import Provider from "oidc-provider";

/**
 * @typedef {{ email: string, name: string, groups: readonly string[] }} HarnessUser
 * @typedef {{
 *   name: string,                        short label, also prefixes the provider's cookie names
 *   issuer: string,                      e.g. http://127.0.0.1:<port>/oauth2/default
 *   clients: { client_id: string, client_secret: string, redirect_uris: string[] }[],
 *   users: Record<string, HarnessUser>,  login name -> user
 *   groupsScope?: boolean,               true: `groups` is released for the `groups` scope (Okta);
 *                                        false: always, like an Entra ID app's groups claim
 *   extraClaims?: Record<string, string>  added to every ID token (Entra ID's `tid`)
 * }} IssuerOptions
 */

/** Starts one issuer on its loopback port; resolves once it listens. */
export async function startIssuer(/** @type {IssuerOptions} */ options) {
  const issuerUrl = new URL(options.issuer);
  if (issuerUrl.hostname !== "127.0.0.1") throw new Error(`the harness only listens on 127.0.0.1, not ${issuerUrl.hostname}`);
  const prefix = issuerUrl.pathname.replace(/\/+$/, "");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: `${options.name}-1`, use: "sig", alg: "RS256" };

  const provider = new Provider(options.issuer, {
    clients: options.clients.map((c) => ({
      ...c,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    })),
    jwks: { keys: [jwk] },
    cookies: {
      keys: [randomBytes(32).toString("base64url")],
      // Both issuers share the host 127.0.0.1, and cookies ignore ports: keep their names apart.
      names: { session: `_${options.name}_session`, interaction: `_${options.name}_interaction`, resume: `_${options.name}_resume` },
    },
    // Every authorisation request must carry a S256 code_challenge, whatever the client type.
    pkce: { required: () => true },
    // Release the granted scopes' claims in the ID token itself, as Okta and Entra ID do: Auth.js reads it.
    conformIdTokenClaims: false,
    claims: {
      openid: ["sub", ...(options.groupsScope ? [] : ["groups"]), ...Object.keys(options.extraClaims ?? {})],
      email: ["email", "email_verified"],
      profile: ["name", "preferred_username"],
      ...(options.groupsScope && { groups: ["groups"] }),
    },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const user = options.users[id];
      if (!user) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: `${options.name}|${id}`,
            email: user.email,
            email_verified: true,
            name: user.name,
            preferred_username: user.email,
            groups: [...user.groups],
            ...options.extraClaims,
          };
        },
      };
    },
    // First-party application: consent is implied, as an administrator granted it for the whole directory.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
      await grant.save();
      return grant;
    },
    ttl: { Session: 600, Interaction: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
  });
  provider.on("server_error", (_ctx, error) => console.error(`[${options.name}] server error`, error));

  // Mounted under the issuer's path, as Okta's /oauth2/default and Entra ID's /<tenant>/v2.0 are.
  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url !== prefix && !url.startsWith(`${prefix}/`)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not an endpoint of this issuer");
      return;
    }
    // oidc-provider routes on the path below its mount point and finds the mount point from originalUrl.
    req.originalUrl = url;
    req.url = url.slice(prefix.length) || "/";
    callback(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(issuerUrl.port), "127.0.0.1", () => resolve(undefined));
  });
  return {
    provider,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

async function main() {
  const config = JSON.parse(process.env.OIDC_HARNESS ?? "null");
  if (!config?.issuers?.length) throw new Error("OIDC_HARNESS must hold { issuers: [...] }");
  const running = [];
  for (const issuer of config.issuers) {
    running.push(await startIssuer(issuer));
    console.log(`[oidc-harness] ${issuer.name} issuer at ${issuer.issuer}`);
  }
  const stop = async () => {
    await Promise.all(running.map((r) => r.close()));
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
