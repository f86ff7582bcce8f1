import { createHash, randomBytes } from "node:crypto";
import { withDb } from "../fixtures";
import { seedWebhookDemo } from "../staff/webhook-demo";

// Real ids from the e2e database's demo data, for the pages whose URL holds one.
export type TDemoIds = {
  claimNumber: string;
  customerId: number;
  outboxId: number;
  rmaId: number;
  rmaNumber: string;
  claimId: number;
  historyLineIds: number[];
  setPasswordToken: string;
  erpTokenId: number;
};

export async function loadDemoIds(): Promise<TDemoIds> {
  return withDb(async (client) => {
    const one = async (sql: string, params: unknown[] = []) => {
      const { rows } = await client.query(sql, params);
      if (!rows[0]) throw new Error(`no demo row for: ${sql}`);
      return rows[0];
    };
    const dupont = await one(`SELECT id FROM "Customer" WHERE "erpNumber" = '10001'`);
    const claim = await one(
      `SELECT id, number FROM "WarrantyClaim" WHERE "customerId" = $1 ORDER BY id LIMIT 1`,
      [dupont.id],
    );
    const rma = await one(`SELECT id, number FROM "Rma" WHERE "customerId" = $1 ORDER BY id LIMIT 1`, [
      dupont.id,
    ]);
    // The demo seeds no e-mail; earlier specs may have queued some. Queue one when none is there.
    const queued = await client.query(`SELECT id FROM "OutboxMessage" ORDER BY id LIMIT 1`);
    const outbox =
      queued.rows[0] ??
      (await one(
        `INSERT INTO "OutboxMessage" ("to", template, language, subject, html, text)
       VALUES ('{dealer@demo.test}', 'rmaConfirmation', 'nl', 'Retouraanvraag ontvangen',
               '<p>Uw retouraanvraag is ontvangen.</p>', 'Uw retouraanvraag is ontvangen.') RETURNING id`,
      ));
    // Two lines with something left to return (delivered − returned − in request), not special orders.
    const { rows: lines } = await client.query(
      `SELECT id FROM "DeliveredLine"
        WHERE "customerId" = $1 AND NOT "specialOrder" AND "deliveryDate" > now() - interval '11 months'
          AND "quantityDelivered" - "quantityReturned" - "quantityInRequest" > 1
        ORDER BY "deliveryDate" DESC, id DESC LIMIT 2`,
      [dupont.id],
    );
    const dealer2 = await one(`SELECT id FROM "User" WHERE email = 'dealer2@demo.test'`);
    const setPasswordToken = randomBytes(32).toString("base64url");
    await client.query(
      `INSERT INTO "AuthToken" ("userId", kind, "tokenHash", "expiresAt") VALUES ($1, 'SET_PASSWORD', $2, now() + interval '1 day')`,
      [dealer2.id, createHash("sha256").update(setPasswordToken).digest("hex")],
    );
    const erpTokenId = await seedWebhookDemo(client);
    return {
      erpTokenId,
      claimNumber: claim.number,
      customerId: dupont.id,
      outboxId: outbox.id,
      rmaId: rma.id,
      rmaNumber: rma.number,
      claimId: claim.id,
      historyLineIds: lines.map((l) => l.id as number),
      setPasswordToken,
    };
  });
}
