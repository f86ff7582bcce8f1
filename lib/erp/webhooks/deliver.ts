import "server-only";
import { db } from "@/lib/db/client";
import { retryDelayMs } from "@/lib/email/sender";
import { postWebhook } from "./http-post";
import { buildWebhookPayload, webhookId } from "./payload";
import { webhookHeaders } from "./signature";
import { resolveWebhookTarget, type TUrlPolicy, WebhookUrlError } from "./url-rules";

// Delivers webhook events, like the mail outbox (lib/email/sender.ts) whose backoff it shares:
// each drain claims its due events with FOR UPDATE SKIP LOCKED and a lease, posts outside any
// transaction, and records every attempt (WebhookAttempt: status code, duration, error).
// A 2xx answer delivers; anything else (another status, no answer within the timeout, a
// refused connection, a URL that now resolves to an internal address) is retried after
// 30 s, 1 min, 2 min, … at most 1 h, and after MAX attempts the event is FAILED.
// Redirects are not followed (a 3xx is a failure): a redirect could lead inside.
export const WEBHOOK_MAX_ATTEMPTS = 12;
export const WEBHOOK_TIMEOUT_MS = 10_000;
const LEASE_MS = 5 * 60_000;
const MAX_ERROR_CHARS = 1000;

export type TWebhookDrainOptions = { limit?: number; now?: Date; timeoutMs?: number; policy?: TUrlPolicy };
export type TWebhookDrainResult = { claimed: number; delivered: number; failed: number };

export async function drainWebhooks({
  limit = 20,
  now = new Date(),
  timeoutMs = WEBHOOK_TIMEOUT_MS,
  policy,
}: TWebhookDrainOptions = {}): Promise<TWebhookDrainResult> {
  const claimed = await claimDueEvents(limit, now);
  let delivered = 0;
  for (const { id } of claimed) if (await deliverEvent(id, now, timeoutMs, policy)) delivered += 1;
  return { claimed: claimed.length, delivered, failed: claimed.length - delivered };
}

/** Due events of endpoints whose token is not revoked; the lease keeps other drains off them. */
async function claimDueEvents(limit: number, now: Date): Promise<{ id: number }[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<{ id: number }[]>`
    UPDATE "WebhookEvent" SET "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT ev."id" FROM "WebhookEvent" ev
      JOIN "WebhookEndpoint" e ON e."id" = ev."endpointId"
      JOIN "ErpToken" t ON t."id" = e."tokenId"
      WHERE ev."status" = 'PENDING' AND ev."nextAttemptAt" <= ${now} AND t."revokedAt" IS NULL
      ORDER BY ev."nextAttemptAt", ev."id"
      LIMIT ${limit}
      FOR UPDATE OF ev SKIP LOCKED
    )
    RETURNING "id"`;
}

async function deliverEvent(id: number, now: Date, timeoutMs: number, policy?: TUrlPolicy): Promise<boolean> {
  const event = await db.webhookEvent.findUniqueOrThrow({
    where: { id },
    include: { endpoint: { select: { url: true, secret: true } } },
  });
  // Note: the body is fixed at the first attempt (as text, byte for byte), so retries and
  // redeliveries send the same bytes: the object as it was when the event was first sent.
  let body = event.body;
  if (body === null) {
    body = JSON.stringify(await buildWebhookPayload(event));
    await db.webhookEvent.update({ where: { id }, data: { body } });
  }
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const target = await resolveWebhookTarget(event.endpoint.url, policy);
    const headers = webhookHeaders(event.endpoint.secret, webhookId(id), body, new Date());
    ({ statusCode } = await postWebhook(target, headers, body, timeoutMs));
    if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
  } catch (caught) {
    error =
      caught instanceof WebhookUrlError
        ? `URL refused: ${caught.messageKey.split(".").at(-1)}`
        : caught instanceof Error
          ? `${caught.message}${(caught as { code?: string }).code ? ` (${(caught as { code?: string }).code})` : ""}`
          : String(caught);
  }
  const attempts = event.attempts + 1;
  await db.$transaction([
    db.webhookAttempt.create({
      data: {
        eventId: id,
        startedAt: new Date(started),
        statusCode,
        durationMs: Date.now() - started,
        error: error?.slice(0, MAX_ERROR_CHARS) ?? null,
      },
    }),
    db.webhookEvent.update({
      where: { id },
      data: error
        ? {
            attempts,
            lastError: error.slice(0, MAX_ERROR_CHARS),
            status: attempts >= WEBHOOK_MAX_ATTEMPTS ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          }
        : { attempts, lastError: null, status: "DELIVERED", deliveredAt: new Date() },
    }),
  ]);
  return error === null;
}
