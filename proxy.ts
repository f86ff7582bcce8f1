import { NextResponse, type NextRequest } from "next/server";

// Only redirects visitors without a session cookie to the login page, keeping where they
// were going; every page, action and route handler decides access itself (requireDealer /
// requireStaff). It also passes the path on, so a server-side redirect to login can keep it.
const PUBLIC_PATHS = ["/login", "/reset-password", "/set-password", "/api/auth", "/api/health", "/api/erp", "/terms", "/warranty-manual"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set("x-pathname", pathname + search);
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
