/**
 * The origin links are built on: AUTH_URL when set (behind a reverse proxy the request's own URL is
 * the internal one), else the request's.
 */
export function publicOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed AUTH_URL breaks sign-in loudly elsewhere; links fall back to the request.
    }
  }
  return new URL(request.url).origin;
}
