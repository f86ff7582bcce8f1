// @ts-check
// Note: JavaScript, not TypeScript: `next start` compiles a next.config.ts with the SWC compiler on
// every start, which keeps its 26 MB native library in each server worker's memory.
import createNextIntlPlugin from "next-intl/plugin";

// The messages are compiled at build time (next-intl's precompile, with icu-minify): the browser
// gets no ICU message parser (30 KB less script on every page) and the server parses no message
// per request. A message that is not valid ICU fails the build (lib/i18n/messages.unit.test.ts
// says which); one with arguments becomes an array, which lib/i18n/message-keys.ts knows.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

// Note: headers every answer carries, also redirects, errors, API answers and static files
// (the CSP with its per-request nonce is set in proxy.ts).
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }],
  // Native, WASM or Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "@react-pdf/renderer",
    "bwip-js",
  ],
  // A separate build folder per checkout or developer (e.g. .next-returns) keeps parallel builds apart.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The bench build (bench/runner/server.ts) adds pages that exist only there, named *.bench.tsx:
  // the floor page app/(portal)/bench-floor. Every other build leaves them out.
  pageExtensions:
    process.env.NEXT_BENCH_ROUTES === "1"
      ? ["bench.tsx", "tsx", "ts", "jsx", "js"]
      : ["tsx", "ts", "jsx", "js"],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "55mb" },
  },
};

export default withNextIntl(nextConfig);
