import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { randomUUID } from "node:crypto";
import { getDatabase } from "../db";
import { provisionUser } from "../orgs/provision";
import { localPasswordMatches, localSignInEnabled, localUser } from "./local";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: localSignInEnabled()
    ? [
        Credentials({
          id: "local",
          name: "Local user",
          credentials: { password: { label: "Password", type: "password" } },
          async authorize(credentials) {
            if (!localSignInEnabled() || !localPasswordMatches(credentials?.password)) return null;
            const { prisma } = await getDatabase();
            const user = await provisionUser(prisma, localUser(), randomUUID());
            return { id: user.id, email: user.email, name: user.name };
          },
        }),
      ]
    : [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
