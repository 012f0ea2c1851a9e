import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server layouts (for the sign-in return link). It authorises nothing:
 * every page and route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-meridian-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
