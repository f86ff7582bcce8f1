import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { REQUEST_ID_COOKIE, REQUEST_ID_HEADER, requestIdFor } from "@/lib/request-id";

// Redirects visitors without a session cookie to the login page, keeping where they were
// going; every page, action and route handler decides access itself (requireDealer /
// requireStaff). It also sets the security headers, with a fresh script nonce per request
// (Next.js puts it on its own scripts), no-store on everything behind the sign-in, and passes
// the path on for server-side redirects and the request id on for the logs (lib/request-id.ts).
const PUBLIC_PATHS = [
  "/login",
  "/reset-password",
  "/set-password",
  "/api/auth",
  "/api/health",
  "/api/erp",
  "/terms",
  "/warranty-manual",
];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Note: style attributes (react-pdf previews, widths) need inline styles; scripts never run inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-pathname", pathname + search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (rendersPage(request)) {
    const secure = request.nextUrl.protocol === "https:";
    response.cookies.set(REQUEST_ID_COOKIE, requestId, { path: "/", sameSite: "lax", secure });
  }
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Frame-Options", "DENY");
  // Signed-in answers (pages, PDFs, CSVs, documents, and their 404s) are never stored by a browser or proxy.
  if (!isPublic) response.headers.set("Cache-Control", "private, no-store");
  if (process.env.NODE_ENV === "production" && request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

// The error page runs in the browser and can't see response headers, so the id of the latest page
// or navigation goes into a cookie it reads. Prefetches, API calls and embedded files (PDF frames,
// images) don't replace it, so it is the id of the answer that failed. Nor do server actions: a
// cookie set here on an action's answer counts for Next.js as a changed cookie, and it then renders
// the whole page again into the action's answer (every query of the page, for nothing); an action's
// unexpected error carries its request id in its own answer (lib/actions/action-core.ts).
function rendersPage(request: NextRequest): boolean {
  const dest = request.headers.get("sec-fetch-dest");
  if (request.headers.has("next-router-prefetch") || request.headers.has("next-action")) return false;
  if (request.nextUrl.pathname.startsWith("/api/")) return false;
  return !dest || dest === "document" || dest === "empty";
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
