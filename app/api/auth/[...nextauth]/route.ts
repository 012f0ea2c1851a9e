import type { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";
import { clientAddress } from "@/lib/server/auth/client-address";
import { floodVerdict } from "@/lib/server/auth/limits/flood-limit";
import { limitStore } from "@/lib/server/auth/limits/shared-store";

/**
 * Auth.js's own endpoints (sign-in, callbacks, CSRF token, session, sign-out). Starting a sign-in
 * and completing one (the OIDC code exchange, the local credentials) are flood-limited per client
 * address, counted in the store every instance shares: 429 with Retry-After past the limit. Failed
 * local passwords are limited per account and address too.
 */
const LIMITED = /\/api\/auth\/(signin|callback)\/[^/?#]+$/;

async function limited(request: NextRequest): Promise<Response | null> {
  if (!LIMITED.test(new URL(request.url).pathname)) return null;
  const verdict = await floodVerdict(limitStore(), clientAddress(request.headers)).catch((error: unknown) => error as Error);
  if (verdict instanceof Error) {
    // Unlimited sign-in is not an option: without the shared store, sign-in waits until it is back.
    console.error(`[auth] sign-in limit store unavailable: ${verdict.message}`);
    return Response.json(
      { error: { code: "unavailable", message: "Sign-in is unavailable for a moment. Try again shortly." } },
      { status: 503, headers: { "retry-after": "5", "cache-control": "no-store" } },
    );
  }
  if (verdict.ok) return null;
  return Response.json(
    { error: { code: "too_many_requests", message: `Too many sign-in attempts. Try again in ${verdict.retryAfterSeconds} seconds.` } },
    { status: 429, headers: { "retry-after": String(verdict.retryAfterSeconds), "cache-control": "no-store" } },
  );
}

export async function GET(request: NextRequest) {
  // The OIDC callback arrives as a GET redirect from the identity provider.
  return (await limited(request)) ?? handlers.GET(request);
}

export async function POST(request: NextRequest) {
  return (await limited(request)) ?? handlers.POST(request);
}
