import { z } from "zod";
import { IsoDateTime } from "./common";

/** The answers of the signed-in user's session routes (/api/me/sessions). */

/** One signed-in session of the user: a browser or device, where it signed in from, and when it was last used. */
export const SessionViewSchema = z.object({
  id: z.string(),
  /** How it signed in: "local", "okta", "microsoft-entra-id", "oidc". */
  provider: z.string(),
  createdAt: IsoDateTime,
  /** Refreshed at most once a minute. */
  lastSeenAt: IsoDateTime,
  /** A summary such as "Firefox on Linux". */
  userAgent: z.string().nullable(),
  /** The client address it signed in from. */
  address: z.string().nullable(),
  /** The session making this request. */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

/** GET /api/me/sessions: the sessions that still go on, this one first. */
export const SessionListSchema = z.object({ sessions: z.array(SessionViewSchema) });
export type SessionList = z.infer<typeof SessionListSchema>;

/** DELETE /api/me/sessions/[sessionId]: the session is ended on every instance. */
export const EndedSessionSchema = z.object({ ended: z.literal(true), id: z.string(), current: z.boolean() });
export type EndedSession = z.infer<typeof EndedSessionSchema>;
