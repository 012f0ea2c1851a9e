import { clearSessionCookies } from "@/lib/server/auth/session";
import { json } from "@/lib/server/http/respond";
import { withSignedIn } from "@/lib/server/http/route";
import { signOutEverywhere } from "@/lib/server/orgs/sign-out-everywhere";

/** Ends every session of the user, this one included (its cookie is cleared too). */
export const POST = withSignedIn(async (request, me) => {
  const response = json(await signOutEverywhere(me));
  for (const cookie of clearSessionCookies(request)) response.headers.append("set-cookie", cookie);
  return response;
});
