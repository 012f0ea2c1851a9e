import { clearSessionCookies } from "@/lib/server/auth/session";
import { endMySession } from "@/lib/server/auth/sessions/end-session";
import { json } from "@/lib/server/http/respond";
import { withSignedIn } from "@/lib/server/http/route";

type P = { sessionId: string };

/** Ends one of the user's own sessions on every instance; ending this one clears its cookie too. */
export const DELETE = withSignedIn<P>(async (request, me, { sessionId }) => {
  const ended = await endMySession(me, sessionId);
  const response = json(ended);
  if (ended.current) for (const cookie of clearSessionCookies(request)) response.headers.append("set-cookie", cookie);
  return response;
});
