"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { clientIp } from "./client-ip";
import { signIn, signOut } from "./config";
import { normalizeEmail } from "./login";
import { requestPasswordReset, setPasswordWithToken } from "./password-reset";
import { safeCallbackPath } from "./safe-callback";
import { ZLoginSchema, ZResetRequestSchema, ZSetPasswordSchema } from "./schema";
import { beginEnrolment, type TEnrolment } from "./second-factor";

const YEAR = 365 * 24 * 60 * 60;

export type TLoginStep = { step: "code" } | ({ step: "enroll" } & Omit<TEnrolment, "uri">);

// POST (action) logIn – credentials sign-in (with the second step where the account needs one),
// then back to where the visitor was going. Answers the next step while one is missing.
export const logIn = publicAction(
  ZLoginSchema,
  async ({ email, password, callbackUrl, code }): Promise<TLoginStep> => {
    try {
      await signIn("credentials", { email, password, code: code ?? "", redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const refusal = (error as AuthError & { code?: string }).code;
      if (refusal === "code_required") return { step: "code" };
      if (refusal === "code_invalid") throw new AppError("UNAUTHENTICATED", "auth.codeInvalid");
      if (refusal === "enroll_required") {
        // Note: only reached after the right password (authorize checks it first).
        const user = await db.user.findUniqueOrThrow({
          where: { email: normalizeEmail(email) },
          select: { id: true, email: true },
        });
        const { uri: _uri, ...enrolment } = await beginEnrolment(user.id, user.email);
        return { step: "enroll", ...enrolment };
      }
      throw new AppError("UNAUTHENTICATED", refusal === "locked" ? "auth.locked" : "auth.invalid");
    }
    const user = await db.user.findUnique({
      where: { email: normalizeEmail(email) },
      select: { role: true, language: true },
    });
    if (user?.language)
      (await cookies()).set(LOCALE_COOKIE, user.language, { path: "/", maxAge: YEAR, sameSite: "lax" });
    redirect(safeCallbackPath(callbackUrl, user?.role === "STAFF" ? "/staff" : "/"));
  },
);

// POST (action) requestReset – e-mails a reset link; answers the same whether or not the account exists
export const requestReset = publicAction(ZResetRequestSchema, async ({ email }) => {
  await requestPasswordReset(email, clientIp(await headers()));
  return { sent: true };
});

// POST (action) setPassword – sets the password from an invitation or reset link
export const setPassword = publicAction(ZSetPasswordSchema, async ({ token, password }) => {
  if (!(await setPasswordWithToken(token, password))) throw new AppError("VALIDATION", "auth.tokenInvalid");
  redirect("/login?passwordSet=1");
});

// POST (action) logOut – ends the caller's own session; it takes no input (whatever comes is ignored)
export const logOut = publicAction(z.unknown(), async () => {
  await signOut({ redirectTo: "/login" });
});

// POST (action) chooseLanguage – the language switch; remembered on the signed-in user too
export const chooseLanguage = publicAction(z.enum(LOCALES), async (locale, { user }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  if (user) await db.user.update({ where: { id: user.userId }, data: { language: locale } });
  return { locale };
});
