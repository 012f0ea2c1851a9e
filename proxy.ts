import { NextResponse, type NextRequest } from "next/server";
import {
  API_CONTENT_SECURITY_POLICY, newNonce, NONCE_HEADER, pageContentSecurityPolicy, strictTransportSecurity,
} from "./lib/server/http/security-headers";

/**
 * Sets the security headers that depend on the request or the runtime: the page's Content Security Policy
 * with a fresh nonce (Next applies it to its scripts), and HSTS when the public URL is https. It also passes
 * the requested path to server layouts (for the sign-in return link). It authorises nothing: every page
 * and route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const hsts = strictTransportSecurity(process.env.AUTH_URL ?? process.env.NEXTAUTH_URL);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  }
  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-meridian-path", request.nextUrl.pathname + request.nextUrl.search);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"] };
