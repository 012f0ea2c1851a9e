import type { NextConfig } from "next";

const securityHeaders = [
  // The Content Security Policy and HSTS are set per request in proxy.ts (a nonce per page; HSTS from AUTH_URL).
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // A separate build folder lets a second build (e.g. a preview) run beside the one under test.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Native, WebAssembly and driver packages stay plain Node modules instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "@cdktf/hcl2json",
  ],
  // In the browser the optimiser's worker loads HiGHS's CommonJS build: the ES module build names its wasm with
  // new URL(..., import.meta.url), which Turbopack would turn into a WebAssembly module import. The worker passes
  // locateFile instead, and app/solver/highs.wasm serves the binary.
  turbopack: {
    resolveAlias: { highs: { browser: "./node_modules/highs/build/highs.js" } },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
