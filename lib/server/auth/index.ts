import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { getDatabase } from "../db";
import { provisionUser } from "../orgs/provision";
import { provisionSsoUser, ssoRequiredForEmail } from "../orgs/sso-provision";
import { groupRoleConfig, groupsFromClaims } from "./group-roles";
import { clientAddress } from "./client-address";
import { checkPasswordWithLockout, lockoutRule } from "./limits/password-lockout";
import { limitStore } from "./limits/shared-store";
import { localPasswordMatches, localPasswordRequired, localSignInEnabled, localUser } from "./local";
import { ssoProviders } from "./providers";
import { authSecret, requireAuthSecretWhenServingOthers } from "./secret";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionExpired, useSecureCookies } from "./session";
import { findSessionRecord, openSessionRecord, revokeSessionRecord, sessionRecordLive } from "./sessions/records";
import { signInOrigin } from "./sign-in-origin";

export { SESSION_MAX_AGE_SECONDS };

// Before any sign-in is served: a shared deployment without AUTH_SECRET says why and stops.
requireAuthSecretWhenServingOthers();

/** Local sign-in refused: too many failed passwords for this account from this client address. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

/** Local sign-in refused: an organisation requiring SSO claims the local user's email domain. */
export class SsoRequiredSignin extends CredentialsSignin {
  code = "sso_required";
}

const reported = new Set<string>();
function reportOnce(problems: string[]) {
  for (const problem of problems) {
    if (reported.has(problem)) continue;
    reported.add(problem);
    console.error(`[auth] single sign-on provider left out: ${problem}`);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const sso = ssoProviders();
  reportOnce(sso.problems);
  return {
    secret: authSecret(),
    trustHost: true,
    // Secure cookies (`__Secure-` prefix) whenever the public URL is https; the seam in ./session reads either name.
    useSecureCookies: useSecureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      ...(localSignInEnabled()
        ? [
            Credentials({
              id: "local",
              name: "Local user",
              credentials: { password: { label: "Password", type: "password" } },
              async authorize(credentials, request) {
                if (!localSignInEnabled()) return null;
                const identity = localUser();
                if (localPasswordRequired()) {
                  const verdict = await checkPasswordWithLockout(limitStore(), lockoutRule(), {
                    account: identity.email,
                    address: clientAddress(request.headers),
                    matches: () => localPasswordMatches(credentials?.password),
                  });
                  if (!verdict.ok && verdict.reason === "locked") throw new RateLimitedSignin();
                  if (!verdict.ok) return null;
                }
                const { prisma } = await getDatabase();
                if (await ssoRequiredForEmail(prisma, identity.email)) throw new SsoRequiredSignin();
                const user = await provisionUser(prisma, identity, randomUUID());
                return { id: user.id, email: user.email, name: user.name };
              },
            }),
          ]
        : []),
      ...sso.providers,
    ],
    callbacks: {
      /** SSO sign-in: provision the user and make their memberships follow their IdP groups. */
      async signIn({ account, profile }) {
        if (account?.type !== "oidc") return true;
        const config = groupRoleConfig();
        const { prisma } = await getDatabase();
        const outcome = await provisionSsoUser(
          prisma,
          {
            provider: account.provider,
            subject: account.providerAccountId,
            email: typeof profile?.email === "string" ? profile.email : null,
            ...(typeof profile?.email_verified === "boolean" && { emailVerified: profile.email_verified }),
            name: typeof profile?.name === "string" ? profile.name : null,
            groups: groupsFromClaims(profile as Record<string, unknown> | undefined, config.claim),
          },
          config,
          randomUUID(),
        );
        return outcome.ok ? true : `/signin?error=${outcome.reason}`;
      },
      /**
       * At sign-in the token gets Meridian's user id, the user's session version, when they signed in and
       * the id of a new server-side session record; on every later read it is refused (signing the browser
       * out) once the user signed out everywhere, the record was ended, or 8 hours have passed since sign-in.
       */
      async jwt({ token, user, account }) {
        const { prisma } = await getDatabase();
        if (account) {
          const userId =
            account.type === "oidc"
              ? (await prisma.account.findUnique({
                  where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
                  select: { userId: true },
                }))?.userId
              : user?.id;
          if (!userId) return null;
          const found = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, email: true, name: true } });
          if (!found) return null;
          const sid = await openSessionRecord(prisma, { userId, provider: account.provider, sessionVersion: found.sessionVersion, ...(await signInOrigin()) });
          return {
            ...token,
            sub: userId,
            email: found.email,
            name: found.name,
            sv: found.sessionVersion,
            provider: account.provider,
            sia: Math.floor(Date.now() / 1000),
            sid,
          };
        }
        if (typeof token.sub !== "string" || typeof token.sv !== "number" || typeof token.sia !== "number") return null;
        if (sessionExpired(token.sia)) return null;
        const userId = token.sub;
        const [found, record] = await Promise.all([
          prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }),
          typeof token.sid === "string" ? findSessionRecord(prisma, token.sid) : null,
        ]);
        if (!found || found.sessionVersion !== token.sv) return null;
        // A token from before session records has no id: it lives out its 8 hours, bound by the session version.
        if (typeof token.sid === "string" && !sessionRecordLive(record, userId)) return null;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      /** A plain sign-out ends this session's record, so its token is refused by every instance, not just cleared here. */
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid !== "string") return;
        const { prisma } = await getDatabase();
        await revokeSessionRecord(prisma, sid);
      },
    },
  };
});
