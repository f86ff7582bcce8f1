"use server";
import { z } from "zod";
import { dealerAction, publicAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signOut } from "./config";
import { beginEnrolment, checkCodeWithinLimit } from "./second-factor";
import { redirectToLogin } from "./session";
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
