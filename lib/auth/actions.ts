"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { clientIp } from "./client-ip";
import { signIn, signOut } from "./config";
import { normalizeEmail } from "./login";
import { requestPasswordReset, setPasswordWithToken } from "./password-reset";
import { safeCallbackPath } from "./safe-callback";
import { ZLoginSchema, ZResetRequestSchema, ZSetPasswordSchema } from "./schema";
import { currentUser } from "./session";

const YEAR = 365 * 24 * 60 * 60;

// POST (action) logIn – credentials sign-in, then back to where the visitor was going
export const logIn = defineAction(ZLoginSchema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code === "locked" ? "locked" : "invalid";
      throw new AppError("UNAUTHENTICATED", `auth.${code}`);
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { role: true, language: true } });
  if (user?.language) (await cookies()).set(LOCALE_COOKIE, user.language, { path: "/", maxAge: YEAR, sameSite: "lax" });
  redirect(safeCallbackPath(callbackUrl, user?.role === "STAFF" ? "/staff" : "/"));
});

// POST (action) requestReset – e-mails a reset link; answers the same whether or not the account exists
export const requestReset = defineAction(ZResetRequestSchema, async ({ email }) => {
  await requestPasswordReset(email, clientIp(await headers()));
  return { sent: true };
});

// POST (action) setPassword – sets the password from an invitation or reset link
export const setPassword = defineAction(ZSetPasswordSchema, async ({ token, password }) => {
  if (!(await setPasswordWithToken(token, password))) throw new AppError("VALIDATION", "auth.tokenInvalid");
  redirect("/login?passwordSet=1");
});

// POST (action) logOut
export async function logOut(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

// POST (action) chooseLanguage – the language switch; remembered on the user too
export async function chooseLanguage(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  const user = await currentUser();
  if (user) await db.user.update({ where: { id: user.userId }, data: { language: locale } });
}
