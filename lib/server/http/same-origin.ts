/**
 * CSRF defence for cookie-authenticated mutations: a browser always sends Origin on cross-site
 * POST/PUT/PATCH/DELETE, so one that names another site is refused. Non-browser clients send none.
 */
export function isCrossSiteMutation(request: Request): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
