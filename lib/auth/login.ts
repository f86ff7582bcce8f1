import "server-only";
import { db } from "@/lib/db/client";
import { rateLimit, refundRateLimit } from "@/lib/rate-limit/rate-limit";
import { verifyPassword } from "./password";

export type TLoginResult =
  | { ok: true; user: { id: number; sessionVersion: number; language: string | null } }
  | { ok: false; code: "invalid" | "locked" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Checks e-mail + password under the rate limit. A blocked account is refused even with the
// right password, and the answer never says whether the account exists.
// Note: every attempt takes a place in the account's and the address's budget before the
// password is checked, and a success gives it back. So the policies count failures, and
// simultaneous guesses can't all slip past one check.
export async function verifyLogin(rawEmail: string, password: string, ip: string): Promise<TLoginResult> {
  const email = normalizeEmail(rawEmail);
  const [byAccount, byIp] = await Promise.all([rateLimit("login-account", email), rateLimit("login-ip", ip)]);
  if (!byAccount.ok || !byIp.ok) return { ok: false, code: "locked" };
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      active: true,
      sessionVersion: true,
      language: true,
      customer: { select: { active: true } },
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const allowed = passwordOk && user?.active && (user.customer?.active ?? true);
  if (!allowed || !user) return { ok: false, code: "invalid" };
  await Promise.all([refundRateLimit("login-account", email), refundRateLimit("login-ip", ip)]);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, language: user.language } };
}
