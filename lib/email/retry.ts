import "server-only";
import { db } from "@/lib/db/client";

// Staff put a FAILED message back in the queue (e.g. after fixing the mail settings). It
// keeps its attempt count and last error as history and gets one new attempt right away.
export async function retryOutboxMessage(id: number, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", nextAttemptAt: now },
  });
  return count === 1;
}
