import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import type { SessionOrigin } from "./sessions/records";
import { summariseUserAgent } from "./sessions/user-agent";

/**
 * Where a sign-in comes from, for its session record. Auth.js's callbacks are not handed the request, but
 * they run inside it (the callback route, or the sign-in server action), where Next's headers() reads it.
 */
export async function signInOrigin(): Promise<SessionOrigin> {
  try {
    const requestHeaders = await headers();
    return { userAgent: summariseUserAgent(requestHeaders.get("user-agent")), address: clientAddress(requestHeaders) };
  } catch {
    return { userAgent: null, address: null };
  }
}
