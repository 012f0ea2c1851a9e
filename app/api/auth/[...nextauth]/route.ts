import type { NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth";
import { authEndpointLimiter, clientAddress } from "@/lib/server/auth/rate-limit";

/**
 * Auth.js's own endpoints (sign-in, callbacks, CSRF token, session, sign-out). Starting a sign-in
 * and completing one (the OIDC code exchange, the local credentials) are flood-limited per client
 * address: 429 with Retry-After past the limit. Failed local passwords are limited per account too.
 */
const LIMITED = /\/api\/auth\/(signin|callback)\/[^/?#]+$/;

function limited(request: NextRequest): Response | null {
  const match = LIMITED.exec(new URL(request.url).pathname);
  if (!match) return null;
  const verdict = authEndpointLimiter().take(clientAddress(request.headers));
  if (verdict.ok) return null;
  return Response.json(
    { error: { code: "too_many_requests", message: `Too many sign-in attempts. Try again in ${verdict.retryAfterSeconds} seconds.` } },
    { status: 429, headers: { "retry-after": String(verdict.retryAfterSeconds), "cache-control": "no-store" } },
  );
}

export async function GET(request: NextRequest) {
  // The OIDC callback arrives as a GET redirect from the identity provider.
  return limited(request) ?? handlers.GET(request);
}

export async function POST(request: NextRequest) {
  return limited(request) ?? handlers.POST(request);
}
