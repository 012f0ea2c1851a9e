import { describe, expect, it } from "vitest";
import { DELETE as endSessionRoute } from "@/app/api/me/sessions/[sessionId]/route";
import { GET as listSessionsRoute } from "@/app/api/me/sessions/route";
import { POST as signOutEverywhereRoute } from "@/app/api/me/sign-out-everywhere/route";
import { EndedSessionSchema, SessionListSchema } from "@/lib/domain/api";
import { authenticate } from "../../http/actor";
import type { AccessWorld } from "../../testing/access-world";
import { DATABASE_KINDS, type TestDatabase } from "../../testing/databases";
import { recordedSessionCookie } from "../../testing/session-records";
import { callRoute, sessionCookieFor } from "../../testing/sessions";
import { encodeSessionToken, SESSION_COOKIE } from "../session";
import { LAST_SEEN_EVERY_MS, revokeSessionRecord } from "./records";
import { serveAccessWorld } from "../../testing/served-world";

const caller = (cookie: string) => ({ cookie, organization: null });
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe.each(DATABASE_KINDS)("server-side sessions on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;

  serveAccessWorld(kind, (served, seeded) => {
    db = served;
    world = seeded;
  });

  const list = (cookie: string) => callRoute(listSessionsRoute, { method: "GET", route: "/api/me/sessions", headers: { cookie } });
  const end = (cookie: string, sessionId: string) =>
    callRoute(endSessionRoute, { method: "DELETE", route: "/api/me/sessions/[sessionId]", params: { sessionId }, headers: { cookie } });
  const listed = async (cookie: string) => SessionListSchema.parse(await (await list(cookie)).json()).sessions;

  describe("authenticate", () => {
    it("accepts a live session and refuses it once its record is ended, from any instance", async () => {
      const { cookie, sessionId } = await recordedSessionCookie(db.prisma, world.users.editor.id);
      expect((await authenticate(caller(cookie))).user.id).toBe(world.users.editor.id);
      // Ended through another connection, as another instance would.
      await revokeSessionRecord(db.prisma, sessionId);
      await expect(authenticate(caller(cookie))).rejects.toMatchObject({ status: 401, message: expect.stringContaining("signed out") });
    });

    it("refuses a token naming a record that does not exist or is someone else's", async () => {
      const { sessionId: viewersSession } = await recordedSessionCookie(db.prisma, world.users.viewer.id);
      const userId = world.users.editor.id;
      const { sessionVersion } = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
      for (const sessionId of ["no-such-session", viewersSession]) {
        const token = await encodeSessionToken({ userId, sessionVersion, provider: "oidc", signedInAt: Math.floor(Date.now() / 1000), sessionId });
        await expect(authenticate(caller(`${SESSION_COOKIE}=${token}`)), sessionId).rejects.toMatchObject({
          status: 401,
          message: "This session was signed out. Sign in again.",
        });
      }
    });

    it("still ends every session, recorded or not, with sign out everywhere", async () => {
      const user = world.users.reviewer.id;
      const { cookie } = await recordedSessionCookie(db.prisma, user);
      const unrecorded = await sessionCookieFor(db.prisma, user);
      await callRoute(signOutEverywhereRoute, { method: "POST", route: "/api/me/sign-out-everywhere", headers: { cookie } });
      await expect(authenticate(caller(cookie))).rejects.toMatchObject({ status: 401 });
      await expect(authenticate(caller(unrecorded))).rejects.toMatchObject({ status: 401 });
    });

    it("notes when a session was last used, at most once a minute", async () => {
      const { cookie, sessionId } = await recordedSessionCookie(db.prisma, world.users.admin.id);
      const seen = () => db.prisma.signInSession.findUniqueOrThrow({ where: { id: sessionId } }).then((r) => r.lastSeenAt.getTime());
      const recent = minutesAgo(0.5);
      await db.prisma.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: recent } });
      await authenticate(caller(cookie));
      expect(await seen()).toBe(recent.getTime());
      await db.prisma.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - LAST_SEEN_EVERY_MS - 1000) } });
      await authenticate(caller(cookie));
      expect(await seen()).toBeGreaterThan(Date.now() - 5_000);
    });
  });

  describe("the sessions routes", () => {
    it("list the user's live sessions, this one first and marked, and nothing of anyone else's", async () => {
      const user = world.users.owner.id;
      const here = await recordedSessionCookie(db.prisma, user, { userAgent: "Firefox on Linux", address: "203.0.113.20" });
      const phone = await recordedSessionCookie(db.prisma, user, { userAgent: "Safari on iOS", address: "198.51.100.20" });
      const ended = await recordedSessionCookie(db.prisma, user);
      await revokeSessionRecord(db.prisma, ended.sessionId);
      const stale = await recordedSessionCookie(db.prisma, user);
      await db.prisma.signInSession.update({ where: { id: stale.sessionId }, data: { createdAt: minutesAgo(9 * 60) } });
      const someoneElse = await recordedSessionCookie(db.prisma, world.users.otherOrg.id);

      const response = await list(here.cookie);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(SessionListSchema.parse(body)).toEqual(body);
      const ids = body.sessions.map((s: { id: string }) => s.id);
      expect(ids[0]).toBe(here.sessionId);
      expect(ids).toContain(phone.sessionId);
      expect(ids).not.toContain(ended.sessionId);
      expect(ids).not.toContain(stale.sessionId);
      expect(ids).not.toContain(someoneElse.sessionId);
      expect(body.sessions[0]).toMatchObject({ current: true, userAgent: "Firefox on Linux", address: "203.0.113.20", provider: "oidc" });
      expect(body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    });

    it("end another of the user's sessions: its next request is refused, this one goes on", async () => {
      const user = world.users.editor.id;
      const here = await recordedSessionCookie(db.prisma, user);
      const laptop = await recordedSessionCookie(db.prisma, user);
      const response = await end(here.cookie, laptop.sessionId);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(EndedSessionSchema.parse(body)).toEqual({ ended: true, id: laptop.sessionId, current: false });
      expect(response.headers.get("set-cookie")).toBeNull();
      expect((await list(laptop.cookie)).status).toBe(401);
      expect((await list(here.cookie)).status).toBe(200);
      expect((await listed(here.cookie)).map((s) => s.id)).not.toContain(laptop.sessionId);
      // Ending it again answers the same.
      expect((await end(here.cookie, laptop.sessionId)).status).toBe(200);
    });

    it("end this session: signed out here too, its cookie cleared", async () => {
      const here = await recordedSessionCookie(db.prisma, world.users.viewer.id);
      const response = await end(here.cookie, here.sessionId);
      expect(response.status).toBe(200);
      expect((await response.json()).current).toBe(true);
      expect(response.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=;`);
      expect((await list(here.cookie)).status).toBe(401);
    });

    it("never end another user's session: not found, and it goes on", async () => {
      const attacker = await recordedSessionCookie(db.prisma, world.users.otherOrg.id);
      const victim = await recordedSessionCookie(db.prisma, world.users.admin.id);
      const response = await end(attacker.cookie, victim.sessionId);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(victim.sessionId);
      expect((await list(victim.cookie)).status).toBe(200);
      expect((await end(attacker.cookie, "no-such-session")).status).toBe(404);
    });

    it("refuse anonymous callers", async () => {
      expect((await list("")).status).toBe(401);
      expect((await end("", "anything")).status).toBe(401);
    });
  });
});
