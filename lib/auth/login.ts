import "server-only";
import { db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { isLoginBlocked, recordLoginAttempt } from "./rate-limit";

export type TLoginResult =
  | { ok: true; user: { id: number; sessionVersion: number; language: string | null } }
  | { ok: false; code: "invalid" | "locked" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Checks e-mail + password under the rate limit. A blocked account is refused even with the
// right password, and the answer never says whether the account exists.
export async function verifyLogin(rawEmail: string, password: string, ip: string): Promise<TLoginResult> {
  const email = normalizeEmail(rawEmail);
  if (await isLoginBlocked(email, ip)) {
    await recordLoginAttempt(email, ip, false);
    return { ok: false, code: "locked" };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, sessionVersion: true, language: true, customer: { select: { active: true } } },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const allowed = passwordOk && user !== null && user.active && (user.customer?.active ?? true);
  await recordLoginAttempt(email, ip, allowed);
  if (!allowed || !user) return { ok: false, code: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, language: user.language } };
}
