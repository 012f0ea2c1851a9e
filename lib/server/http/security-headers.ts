// Response headers every page and API answer carries. Pages get a Content Security Policy with a fresh
// nonce per request: Next puts it on its own inline scripts, and 'strict-dynamic' lets those load the rest,
// so no inline script without the nonce runs. WebAssembly may compile (the solver runs in a worker).

export const NONCE_HEADER = "x-nonce";

export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // Development adds 'unsafe-eval' for React's refresh runtime; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (the canvas positions nodes with them) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are data, never documents to render. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** HSTS once the public URL is https: browsers then never try plain http for two years. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
