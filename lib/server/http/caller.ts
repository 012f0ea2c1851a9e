/**
 * What identifies a caller: the Cookie header (session and active organisation) and the organisation the
 * request names. API routes read it from their Request, pages and server actions from Next's headers
 * (`currentCaller`), and both go through the same `resolveActor` / `resolveMembership`.
 */
export interface Caller {
  cookie: string | null;
  /** The X-Meridian-Org header, when the request names an organisation. */
  organization: string | null;
}

export const ACTIVE_ORG_COOKIE = "meridian-org";
export const ACTIVE_ORG_HEADER = "x-meridian-org";

export function callerOf(request: Request): Caller {
  return { cookie: request.headers.get("cookie"), organization: request.headers.get(ACTIVE_ORG_HEADER) };
}

export function cookieValue(cookieHeader: string | null, name: string): string | null {
  return parseCookies(cookieHeader)[name] ?? null;
}

/** A Cookie header's values by name (the first of repeated names, as browsers send the most specific first). */
export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    if (!key || key in out) continue;
    try {
      out[key] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[key] = part.slice(eq + 1).trim();
    }
  }
  return out;
}
