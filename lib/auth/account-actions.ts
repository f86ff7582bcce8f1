"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { dealerAction, publicAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import {
  ZAccountLanguageSchema,
  ZAccountNameSchema,
  ZChangePasswordSchema,
  ZMailPreferencesSchema,
} from "./account-schema";
import {
  changePassword,
  setAccountLanguage,
  setMailPreferences,
  updateAccountName,
} from "./account-settings";
import { signOut } from "./config";
import { beginEnrolment, checkCodeWithinLimit } from "./second-factor";
import { currentSessionId, redirectToLogin } from "./session";
import { endAllUserSessions } from "./user-sessions";

// POST (action) signOutEverywhere – ends every session of the caller (this one too), on every device
export const signOutEverywhere = publicAction(z.unknown(), async (_input, { user }) => {
  if (!user) return redirectToLogin();
  await endAllUserSessions(user.userId);
  await signOut({ redirectTo: "/login" });
});

// POST (action) startTwoFactor – a dealer turns on the second step: a secret to scan and recovery codes
export const startTwoFactor = dealerAction(z.unknown(), async (_input, { dealer }) => {
  const user = await db.user.findUniqueOrThrow({
    where: { id: dealer.userId },
    select: { totpSecret: true },
  });
  // Note: an enrolled account keeps its secret; replacing it would need the current second factor.
  if (user.totpSecret) throw new AppError("CONFLICT", "auth.twoFactorAlreadyOn");
  const { uri: _uri, ...enrolment } = await beginEnrolment(dealer.userId, dealer.email);
  return enrolment;
});

const ZConfirmTwoFactorSchema = z.object({
  code: z.string().trim().min(1, "errors.required").max(40, "errors.tooLong"),
});

// POST (action) confirmTwoFactor – the first code from the app turns the second step on
export const confirmTwoFactor = dealerAction(ZConfirmTwoFactorSchema, async ({ code }, { dealer }) => {
  const outcome = await checkCodeWithinLimit(dealer.userId, code);
  if (outcome === "locked") throw new AppError("RATE_LIMITED", "auth.locked");
  if (outcome === "code_invalid") {
    throw new AppError("VALIDATION", "auth.codeInvalid", {}, { code: ["auth.codeInvalid"] });
  }
  return { enabled: true };
});

// POST (action) updateAccountNameAction – the name the portal and the mails use
export const updateAccountNameAction = dealerAction(ZAccountNameSchema, async (input, { dealer }) => {
  await updateAccountName(dealer, input);
  return { saved: true };
});

// POST (action) changePasswordAction – a new password (the current one required); other sessions end
export const changePasswordAction = dealerAction(ZChangePasswordSchema, async (input, { dealer }) =>
  changePassword(dealer, await currentSessionId(), input),
);

// POST (action) setAccountLanguageAction – the user's language, for the portal and their e-mails
export const setAccountLanguageAction = dealerAction(ZAccountLanguageSchema, async (input, { dealer }) => {
  await setAccountLanguage(dealer, input);
  (await cookies()).set(LOCALE_COOKIE, input.language, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
  });
  return { saved: true };
});

// POST (action) setMailPreferencesAction – which status mails and reminders the user gets
export const setMailPreferencesAction = dealerAction(ZMailPreferencesSchema, async (input, { dealer }) => {
  await setMailPreferences(dealer, input);
  return { saved: true };
});
