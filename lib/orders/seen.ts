import "server-only";
import { db } from "@/lib/db/client";

/** When the user last looked at the open order lines (null = never). */
export async function getOpenOrdersSeenAt(userId: number): Promise<Date | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { openOrdersSeenAt: true } });
  return user?.openOrdersSeenAt ?? null;
}

/** Records a visit now and returns the previous visit's time. */
export async function markOpenOrdersSeen(userId: number, now = new Date()): Promise<Date | null> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ seen: Date | null }[]>`
      SELECT "openOrdersSeenAt" AS "seen" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    await tx.user.update({ where: { id: userId }, data: { openOrdersSeenAt: now } });
    return rows[0]?.seen ?? null;
  });
}
