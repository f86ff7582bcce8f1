import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { newWebhookSecret } from "./signature";
import { resolveWebhookTarget, type TUrlPolicy, WebhookUrlError } from "./url-rules";

// Staff's changes to a token's webhook, each audited in its own transaction.
// The signing secret is made when the webhook is first saved and on "rotate", and returned
// only then (shown once, like the token itself); changing the URL keeps the secret.
type TActor = { userId: number };

async function activeToken(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], tokenId: number) {
  const token = await tx.erpToken.findUnique({
    where: { id: tokenId },
    select: { id: true, revokedAt: true, webhook: { select: { url: true } } },
  });
  if (!token || token.revokedAt) throw notFound();
  return token;
}

/** Saves the token's URL; the secret only when the webhook is new. */
export async function saveWebhookEndpoint(
  actor: TActor,
  tokenId: number,
  url: string,
  policy?: TUrlPolicy,
): Promise<{ url: string; secret: string | null }> {
  try {
    await resolveWebhookTarget(url, policy);
  } catch (error) {
    if (error instanceof WebhookUrlError)
      throw new AppError("VALIDATION", error.messageKey, {}, { url: [error.messageKey] });
    throw error;
  }
  return db.$transaction(async (tx) => {
    const token = await activeToken(tx, tokenId);
    const secret = token.webhook ? null : newWebhookSecret();
    if (secret) await tx.webhookEndpoint.create({ data: { tokenId, url, secret } });
    else await tx.webhookEndpoint.update({ where: { tokenId }, data: { url } });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "STAFF",
      action: "erp.webhook.save",
      objectType: "ErpToken",
      objectId: String(tokenId),
      before: token.webhook ? { url: token.webhook.url } : undefined,
      after: { url },
    });
    return { url, secret };
  });
}

/** A new signing secret for the token's webhook, returned once. */
export async function rotateWebhookSecret(actor: TActor, tokenId: number): Promise<{ secret: string }> {
  return db.$transaction(async (tx) => {
    const token = await activeToken(tx, tokenId);
    if (!token.webhook) throw notFound();
    const secret = newWebhookSecret();
    await tx.webhookEndpoint.update({ where: { tokenId }, data: { secret } });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "STAFF",
      action: "erp.webhook.rotate-secret",
      objectType: "ErpToken",
      objectId: String(tokenId),
    });
    return { secret };
  });
}

/**
 * Sends an event again (delivered or failed): due now, with its first body. Like the mail's
 * retry it keeps the attempt count as history; a failed redelivery of an event already at the
 * limit is FAILED again at once.
 */
export async function redeliverWebhookEvent(actor: TActor, tokenId: number, eventId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await activeToken(tx, tokenId);
    const { count } = await tx.webhookEvent.updateMany({
      where: { id: eventId, endpoint: { tokenId } },
      data: { status: "PENDING", nextAttemptAt: new Date() },
    });
    if (count !== 1) throw notFound();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "STAFF",
      action: "erp.webhook.redeliver",
      objectType: "ErpToken",
      objectId: String(tokenId),
      after: { eventId },
    });
  });
}
