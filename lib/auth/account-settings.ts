import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { rateLimit, refundRateLimit } from "@/lib/rate-limit/rate-limit";
import type { TAccountLanguage, TAccountName, TChangePassword, TMailPreferences } from "./account-schema";
import { normalizeEmail } from "./login";
import { hashPassword, verifyPassword } from "./password";
import type { TDealer } from "./session-user";

// A dealer's own account: name, password, language and which e-mails they get. Each change is
// audited under the company. The caller is the session's user; nothing here takes a user id.
function auditOwn(
  tx: Prisma.TransactionClient,
  dealer: TDealer,
  action: string,
  before: Prisma.InputJsonValue,
  after: Prisma.InputJsonValue,
) {
  return writeAudit(tx, {
    actorUserId: dealer.userId,
    actorRole: "DEALER",
    customerId: dealer.customerId,
    action,
    objectType: "User",
    objectId: String(dealer.userId),
    before,
    after,
  });
}

export async function updateAccountName(dealer: TDealer, { name }: TAccountName): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: dealer.userId }, data: { name } });
    await auditOwn(tx, dealer, "account.name", { name: dealer.name }, { name });
  });
}

/**
 * A new password, the current one required. Every other session of the user ends; the one
 * making the change stays signed in. Wrong current passwords count against the account's
 * sign-in budget, so this is no side door for guessing.
 */
export async function changePassword(
  dealer: TDealer,
  currentSessionId: string | undefined,
  input: TChangePassword,
): Promise<{ endedSessions: number }> {
  const key = normalizeEmail(dealer.email);
  if (!(await rateLimit("login-account", key)).ok) throw new AppError("RATE_LIMITED", "auth.locked");
  const user = await db.user.findUniqueOrThrow({
    where: { id: dealer.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(
      "VALIDATION",
      "account.currentPasswordWrong",
      {},
      {
        currentPassword: ["account.currentPasswordWrong"],
      },
    );
  }
  await refundRateLimit("login-account", key);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: dealer.userId }, data: { passwordHash } });
    const { count } = await tx.userSession.deleteMany({
      where: { userId: dealer.userId, ...(currentSessionId ? { id: { not: currentSessionId } } : {}) },
    });
    await auditOwn(tx, dealer, "account.password", {}, { otherSessionsEnded: count });
    return { endedSessions: count };
  });
}

/** The user's language: the UI's (the caller sets the cookie) and their e-mails'. */
export async function setAccountLanguage(dealer: TDealer, { language }: TAccountLanguage): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: dealer.userId }, data: { language } });
    await auditOwn(tx, dealer, "account.language", { language: dealer.language }, { language });
  });
}

export async function setMailPreferences(dealer: TDealer, input: TMailPreferences): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: dealer.userId },
      select: { mailRmaStatus: true, mailWarrantyStatus: true, mailInvoiceReminders: true },
    });
    await tx.user.update({ where: { id: dealer.userId }, data: input });
    await auditOwn(tx, dealer, "account.mailPreferences", before, input);
  });
}
