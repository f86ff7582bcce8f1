import { encode } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { startUserSession } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db/client";
import type { TLocale } from "@/lib/i18n/locales";
import type { TMessageKey } from "@/lib/i18n/message-keys";
import { loadMessages } from "@/lib/i18n/messages";

// Calls server actions in integration tests the way a request does: with a signed-in user's
// session cookie (the Auth.js JWT that lib/auth/session.ts decrypts and checks against the real
// database), the request's cookies and language. Only Next.js' request plumbing is replaced; the
// database is real.
// Each test file that calls actions mocks these modules with the factories below, e.g.
//   vi.mock("next/headers", () => import("@/lib/actions/test-request").then((m) => m.nextHeadersMock));
// for "@/lib/auth/config" (authConfigMock), "next/headers", "next/cache", "next/server",
// "next-intl/server" and, for lib/auth/actions.ts, "next-auth" (nextAuthMock).

const request = {
  locale: "en" as TLocale,
  cookies: new Map<string, string>(),
};

/** The next actions run as this user (null: a visitor without a session), in this language. */
export async function actAs(userId: number | null, locale: TLocale = "en"): Promise<void> {
  request.locale = locale;
  request.cookies.clear();
  if (userId === null) return;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = { uid: userId, sv: user.sessionVersion, sid: await startUserSession(userId) };
  // As Auth.js writes it at sign-in (lib/auth/config.ts), under the cookie's name over HTTP.
  const name = SESSION_COOKIE_NAMES[0];
  request.cookies.set(name, await encode({ token, secret: resolveAuthSecret(), salt: name }));
}

/** A message as the action answers it in the current language. */
export async function translated(key: TMessageKey, values?: Record<string, string | number>) {
  const t = createTranslator({ locale: request.locale, messages: await loadMessages(request.locale) });
  return t(key, values);
}

export const authConfigMock = {
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
};

export const nextAuthMock = { AuthError: class AuthError extends Error {} };

const cookieJar = {
  get: (name: string) => {
    const value = request.cookies.get(name);
    return value === undefined ? undefined : { name, value };
  },
  set: (name: string, value: string) => void request.cookies.set(name, value),
  delete: (name: string) => void request.cookies.delete(name),
  has: (name: string) => request.cookies.has(name),
};

export const nextHeadersMock = {
  cookies: async () => cookieJar,
  headers: async () => new Headers({ "x-pathname": "/test-page" }),
};

export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined };

/** Note: the outbox drain after a response is left out; tests read the outbox table itself. */
export const nextServerMock = { after: () => undefined };

export const nextIntlServerMock = { getLocale: async () => request.locale };
