import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";

// Server-side sessions: one UserSession row per sign-in, its id in the (signed, encrypted) JWT.
// Note: the JWT alone is never enough — a copied cookie stops working when its row is gone
// (sign-out, "sign out everywhere", password change, deactivation) or has been idle or alive
// too long. Staff sessions are shorter than dealers'.
type TRole = "DEALER" | "STAFF";

export function sessionLimits(role: TRole): { idleMs: number; maxMs: number } {
  const minutes = role === "STAFF" ? env.SESSION_STAFF_IDLE_MINUTES : env.SESSION_DEALER_IDLE_MINUTES;
  const hours = role === "STAFF" ? env.SESSION_STAFF_MAX_HOURS : env.SESSION_DEALER_MAX_HOURS;
  return { idleMs: minutes * 60_000, maxMs: hours * 3_600_000 };
}

/** The JWT must outlive every session it may carry; the row decides when it really ends. */
export const JWT_MAX_AGE_SECONDS = 31 * 24 * 60 * 60;

/** Only refresh "last seen" once a minute, so a page view is not a write. */
const TOUCH_AFTER_MS = 60_000;

export async function startUserSession(userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const { role } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  const expiresAt = new Date(now.getTime() + sessionLimits(role).maxMs);
  await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } }),
    db.userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt } }),
  ]);
  return id;
}

/** Whether a session row found with its user is still alive now; touches it when due. */
export async function isSessionAlive(
  session: { id: string; role: TRole; lastSeenAt: Date; expiresAt: Date },
  now = new Date(),
): Promise<boolean> {
  if (session.expiresAt <= now) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > sessionLimits(session.role).idleMs) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.userSession.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return true;
}

export async function endUserSession(id: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id } });
}

/** Sign out everywhere: also called on password change, deactivation and role change. */
export async function endAllUserSessions(userId: number, tx: Prisma.TransactionClient = db): Promise<number> {
  const { count } = await tx.userSession.deleteMany({ where: { userId } });
  return count;
}
