import "server-only";
import { createHmac, randomBytes } from "node:crypto";

// Webhook signatures (docs/erp-api.md "Webhooks"), close to Standard Webhooks: the headers
// Webhook-Id, Webhook-Timestamp (Unix seconds) and Webhook-Signature "v1=<hex>", where <hex>
// is HMAC-SHA256 over "<timestamp>.<body>" keyed with the endpoint's secret (its UTF-8 text).
export const WEBHOOK_SECRET_PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function webhookHeaders(
  secret: string,
  webhookId: string,
  body: string,
  now: Date,
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "content-type": "application/json",
    "user-agent": "dealer-portal-webhooks/1",
    "webhook-id": webhookId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook(secret, timestamp, body),
  };
}
