import { randomUUID } from "node:crypto";

/** A caller's X-Request-Id is kept when it looks like an id; otherwise we make one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : randomUUID();
}
