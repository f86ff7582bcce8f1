import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// Delivers the outbox. Many instances may drain at once: each claims its own due messages
// with FOR UPDATE SKIP LOCKED and a lease, and sends outside any transaction. The Resend
// idempotency key (outbox-<id>) makes a crash between sending and marking harmless.
// Each send has a timeout, and once the service is down (no answer, 5xx, 429) the rest of
// the batch goes back in the queue untried, so an outage never outlasts a lease.
export const MAX_ATTEMPTS = 12;
export const SEND_TIMEOUT_MS = 10_000;
const LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

type TClaimedMessage = {
  id: number;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attempts: number;
};
export type TDrainResult = { claimed: number; sent: number; failed: number };

/** The wait after the n-th failed attempt: 30 s, 1 min, 2 min, … at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);
}

type TDrainOptions = { limit?: number; now?: Date; sendTimeoutMs?: number };
type TOutcome = "sent" | "refused" | "unavailable";

export async function drainOutbox({
  limit = 20,
  now = new Date(),
  sendTimeoutMs = SEND_TIMEOUT_MS,
}: TDrainOptions = {}): Promise<TDrainResult> {
  // Without a mail service the messages stay PENDING: that is the local outbox staff can read.
  if (!env.RESEND_API_KEY) return { claimed: 0, sent: 0, failed: 0 };
  // The SDK reads its API address from RESEND_BASE_URL (a local stand-in in tests).
  const resend = new Resend(env.RESEND_API_KEY);
  const messages = await claimDueMessages(limit, now);
  let sent = 0;
  for (const [index, message] of messages.entries()) {
    const outcome = await deliver(resend, message, now, sendTimeoutMs);
    if (outcome === "sent") sent += 1;
    if (outcome === "unavailable") {
      await releaseUntried(messages.slice(index + 1), now);
      break;
    }
  }
  return { claimed: messages.length, sent, failed: messages.length - sent };
}

/** Messages claimed but not tried (the service went down): due again, attempts unchanged. */
async function releaseUntried(messages: TClaimedMessage[], now: Date): Promise<void> {
  if (!messages.length) return;
  await db.outboxMessage.updateMany({
    where: { id: { in: messages.map((m) => m.id) }, status: "PENDING" },
    data: { nextAttemptAt: now },
  });
}

/**
 * Claims up to `limit` due messages by moving their nextAttemptAt past the lease. One
 * statement is one transaction: the rows stay locked until it commits, and a concurrent
 * drain skips them instead of waiting, then no longer finds them due.
 */
async function claimDueMessages(limit: number, now: Date): Promise<TClaimedMessage[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<TClaimedMessage[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "html", "text", "attempts"`;
}

async function deliver(
  resend: Resend,
  message: TClaimedMessage,
  now: Date,
  timeoutMs: number,
): Promise<TOutcome> {
  let outcome: TOutcome = "unavailable";
  try {
    const { data, error } = await resend.emails.send(
      {
        from: env.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
      },
      { idempotencyKey: `outbox-${message.id}`, signal: AbortSignal.timeout(timeoutMs) },
    );
    // Note: no status (no answer, timeout), 5xx and 429 mean the service is down; other errors are this message's.
    const status = error?.statusCode ?? null;
    if (error && status !== null && status < 500 && status !== 429) outcome = "refused";
    if (error || !data) throw new Error(error ? `${error.name}: ${error.message}` : "empty response");
    await db.outboxMessage.update({
      where: { id: message.id },
      data: {
        status: "SENT",
        providerId: data.id,
        sentAt: now,
        lastError: null,
        attempts: message.attempts + 1,
      },
    });
    return "sent";
  } catch (error) {
    await recordFailure(message, error, now);
    return outcome;
  }
}

async function recordFailure(message: TClaimedMessage, error: unknown, now: Date): Promise<void> {
  const attempts = message.attempts + 1;
  await db.outboxMessage.update({
    where: { id: message.id },
    data: {
      attempts,
      lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
      status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
    },
  });
}
