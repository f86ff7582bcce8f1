import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { rateLimit } from "@/lib/rate-limit/rate-limit";
import { normalizeEmail } from "./login";
import { hashPassword } from "./password";
import { consumeAuthToken, createAuthToken } from "./tokens";
import { endAllUserSessions } from "./user-sessions";

// Forgotten password: a reset link by e-mail when the address belongs to an active user.
// The caller answers the same either way, so the form reveals no accounts. Every request counts
// against the address's and the visitor's limit, known account or not; past either, no mail.
export async function requestPasswordReset(rawEmail: string, ip: string): Promise<void> {
  const email = normalizeEmail(rawEmail);
  const [byAccount, byIp] = await Promise.all([
    rateLimit("password-reset-account", email),
    rateLimit("password-reset-ip", ip),
  ]);
  if (!byAccount.ok || !byIp.ok) return;
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      language: true,
      customer: { select: { language: true, active: true } },
    },
  });
  if (!user?.active || user.customer?.active === false) return;
  await db.$transaction(async (tx) => {
    const token = await createAuthToken(tx, user.id, "RESET_PASSWORD");
    await enqueueEmail(tx, {
      template: "password-reset",
      to: [user.email],
      language: user.language ?? user.customer?.language ?? "nl",
      data: { name: user.name, url: `${env.APP_URL}/set-password/${token}` },
    });
  });
}

/** Sets the password from a set-password or reset link; ends every open session of the user. */
export async function setPasswordWithToken(token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token);
    if (userId === null) return false;
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await endAllUserSessions(userId, tx);
    await writeAudit(tx, {
      actorUserId: userId,
      actorRole: "DEALER",
      action: "user.password_set",
      objectType: "User",
      objectId: String(userId),
    });
    return true;
  });
}
