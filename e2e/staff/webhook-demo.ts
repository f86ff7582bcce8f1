import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";

// An ERP token with a webhook and a small delivery log (a delivered event after a 500, a failed
// one), for the specs that visit /staff/erp/webhooks/[tokenId]. Nothing listens on its URL
// (port 9, refused at once), so what the server's drain adds there only fails quietly.
export async function seedWebhookDemo(client: pg.Client): Promise<number> {
  const found = await client.query(
    `SELECT t.id FROM "ErpToken" t JOIN "WebhookEndpoint" e ON e."tokenId" = t.id
      WHERE t.name = 'Webhook demo' AND t."revokedAt" IS NULL LIMIT 1`,
  );
  if (found.rows[0]) return found.rows[0].id as number;
  const hash = createHash("sha256").update(randomBytes(32)).digest("hex");
  const token = await client.query(
    `INSERT INTO "ErpToken" (name, "tokenHash") VALUES ('Webhook demo', $1) RETURNING id`,
    [hash],
  );
  const tokenId = token.rows[0].id as number;
  const endpoint = await client.query(
    `INSERT INTO "WebhookEndpoint" ("tokenId", url, secret, "updatedAt")
     VALUES ($1, 'http://127.0.0.1:9/webhook-demo', $2, now()) RETURNING id`,
    [tokenId, `whsec_${randomBytes(32).toString("base64url")}`],
  );
  const rma = await client.query(`SELECT id, number FROM "Rma" ORDER BY id LIMIT 1`);
  const { id: rmaId, number } = rma.rows[0] as { id: number; number: string };
  const delivered = await client.query(
    `INSERT INTO "WebhookEvent" ("endpointId", type, "objectType", "objectId", "objectNumber", txid, status, attempts, "deliveredAt", "nextAttemptAt")
     VALUES ($1, 'rma.updated', 'rma', $2, $3, 1, 'DELIVERED', 2, now(), now()) RETURNING id`,
    [endpoint.rows[0].id, rmaId, number],
  );
  await client.query(
    `INSERT INTO "WebhookAttempt" ("eventId", "startedAt", "statusCode", "durationMs", error)
     VALUES ($1, now() - interval '1 minute', 500, 84, 'HTTP 500'), ($1, now(), 200, 41, NULL)`,
    [delivered.rows[0].id],
  );
  const failed = await client.query(
    `INSERT INTO "WebhookEvent" ("endpointId", type, "objectType", "objectId", "objectNumber", txid, status, attempts, "lastError", "nextAttemptAt")
     VALUES ($1, 'rma.created', 'rma', $2, $3, 0, 'FAILED', 1, 'connect ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)', now()) RETURNING id`,
    [endpoint.rows[0].id, rmaId, number],
  );
  await client.query(
    `INSERT INTO "WebhookAttempt" ("eventId", "statusCode", "durationMs", error)
     VALUES ($1, NULL, 3, 'connect ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)')`,
    [failed.rows[0].id],
  );
  return tokenId;
}
