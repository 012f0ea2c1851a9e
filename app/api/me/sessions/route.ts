import { listMySessions } from "@/lib/server/auth/sessions/list-sessions";
import { withSignedIn } from "@/lib/server/http/route";

/** The signed-in user's sessions that still go on, this one first and marked. */
export const GET = withSignedIn(async (_request, me) => listMySessions(me));
