import { randomBytes } from "node:crypto";
import { withDb } from "../fixtures";

// The isolation suite's view of the e2e database: Garage Dupont's (dealer@demo.test) real ids,
// the values that would betray its rows in someone else's response, and hashes of the tables
// to prove a refused call changed nothing.
export type TIds = Awaited<ReturnType<typeof loadIds>>;

export async function loadIds() {
  return withDb(async (client) => {
    const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as T[];
    const [dupont] = await q<{ id: number; erpNumber: string }>(
      `SELECT id, "erpNumber" FROM "Customer" WHERE "erpNumber" = '10001'`,
    );
    const [other] = await q<{ id: number }>(
      `SELECT "customerId" AS id FROM "User" WHERE email = 'other@demo.test'`,
    );
    const c = dupont!.id;
    const list = async (sql: string, params: unknown[] = [c]) =>
      (await q<{ v: string }>(sql, params)).map((r) => r.v);
    // Note: values that also belong to the other company are no proof of a leak, so they are left out.
    const rmaNumbers = await list(`SELECT number AS v FROM "Rma" WHERE "customerId" = $1 ORDER BY id`);
    const claimNumbers = await list(
      `SELECT number AS v FROM "WarrantyClaim" WHERE "customerId" = $1 ORDER BY id`,
    );
    const invoiceNumbers = await list(
      `SELECT number AS v FROM "Invoice" WHERE "customerId" = $1 ORDER BY id`,
    );
    const unpaidInvoiceNumbers = await list(
      `SELECT number AS v FROM "Invoice" WHERE "customerId" = $1 AND NOT settled AND kind = 'INVOICE' ORDER BY "dueDate", id`,
    );
    const documentInvoiceNumbers = await list(
      `SELECT number AS v FROM "Invoice" WHERE "customerId" = $1 AND "documentId" IS NOT NULL ORDER BY id`,
    );
    const deliveredSalesOrders = await list(
      `SELECT DISTINCT "salesOrderNumber" AS v FROM "DeliveredLine" WHERE "customerId" = $1
      AND "salesOrderNumber" NOT IN (SELECT "salesOrderNumber" FROM "DeliveredLine" WHERE "customerId" = $2) ORDER BY 1 DESC`,
      [c, other!.id],
    );
    const openSalesOrders = await list(
      `SELECT DISTINCT "salesOrderNumber" AS v FROM "OpenOrderLine" WHERE "customerId" = $1
      AND "salesOrderNumber" NOT IN (SELECT "salesOrderNumber" FROM "OpenOrderLine" WHERE "customerId" = $2) ORDER BY 1`,
      [c, other!.id],
    );
    const documentIds = (
      await q<{ id: number }>(`SELECT id FROM "Document" WHERE "customerId" = $1 ORDER BY id`, [c])
    ).map((r) => r.id);
    const openLines = await q<{ id: number; articleNumber: string }>(
      `SELECT id, "articleNumber" FROM "OpenOrderLine" WHERE "customerId" = $1 ORDER BY id`,
      [c],
    );
    const returnable = `NOT "specialOrder" AND "deliveryDate" > now() - interval '11 months' AND "quantityDelivered" - "quantityReturned" - "quantityInRequest" > 0`;
    const returnableLines = await q<{ id: number; articleNumber: string; salesOrderNumber: string }>(
      `SELECT id, "articleNumber", "salesOrderNumber" FROM "DeliveredLine" WHERE "customerId" = $1 AND ${returnable} ORDER BY "deliveryDate" DESC, id DESC LIMIT 3`,
      [c],
    );
    const deliveredLineIds = (
      await q<{ id: number }>(`SELECT id FROM "DeliveredLine" WHERE "customerId" = $1`, [c])
    ).map((r) => r.id);
    const [otherLine] = await q<{ id: number }>(
      `SELECT id FROM "DeliveredLine" WHERE "customerId" = $1 AND ${returnable} ORDER BY id LIMIT 1`,
      [other!.id],
    );
    const [openRma] = await q<{ id: number; idempotencyKey: string }>(
      `SELECT id, "idempotencyKey" FROM "Rma" WHERE "customerId" = $1 AND status = 'OPEN' ORDER BY id LIMIT 1`,
      [c],
    );
    const [expectedLine] = await q<{ id: number }>(
      `SELECT id FROM "RmaLine" WHERE "rmaId" = $1 AND status = 'EXPECTED' ORDER BY id LIMIT 1`,
      [openRma!.id],
    );
    const [openClaim] = await q<{ id: number; number: string; idempotencyKey: string }>(
      `SELECT id, number, "idempotencyKey" FROM "WarrantyClaim" WHERE "customerId" = $1 AND status IN ('RECEIVED', 'IN_TREATMENT') ORDER BY id LIMIT 1`,
      [c],
    );
    const users = await q<{ id: number; email: string }>(
      `SELECT id, email FROM "User" WHERE "customerId" = $1 ORDER BY id`,
      [c],
    );
    const [reason] = await q<{ id: number }>(
      `SELECT id FROM "ReturnReason" WHERE active ORDER BY "sortOrder", id LIMIT 1`,
    );
    // A failed mail and an ERP token, so the staff actions on them would have something to change.
    const [outbox] = await q<{ id: number }>(
      `INSERT INTO "OutboxMessage" ("to", template, language, subject, html, text, status, attempts, "lastError")
       VALUES ('{dealer@demo.test}', 'rma-confirmation', 'nl', 'Isolation probe', '<p>probe</p>', 'probe', 'FAILED', 5, 'probe') RETURNING id`,
    );
    const [token] = await q<{ id: number }>(
      `INSERT INTO "ErpToken" (name, "tokenHash") VALUES ('isolation probe', $1) RETURNING id`,
      [randomBytes(32).toString("hex")],
    );
    const [dupontRow] = await q<{ name: string }>(`SELECT name FROM "Customer" WHERE id = $1`, [c]);
    return {
      customerId: c,
      erpNumber: dupont!.erpNumber,
      otherCustomerId: other!.id,
      companyName: dupontRow!.name,
      dealerUserId: users.find((u) => u.email === "dealer@demo.test")!.id,
      userIds: users.map((u) => u.id),
      userEmails: users.map((u) => u.email),
      rmaNumbers,
      claimNumbers,
      invoiceNumbers,
      unpaidInvoiceNumbers,
      documentInvoiceNumbers,
      deliveredSalesOrders,
      openSalesOrders,
      documentIds,
      openLineIds: openLines.map((l) => l.id),
      openLineArticle: openLines[0]!.articleNumber,
      returnableLineIds: returnableLines.map((l) => l.id),
      returnableSalesOrder: returnableLines[0]!.salesOrderNumber,
      deliveredLineIds,
      deliveredArticle: returnableLines[0]!.articleNumber,
      otherReturnableLineId: otherLine!.id,
      openRmaId: openRma!.id,
      openRmaKey: openRma!.idempotencyKey,
      expectedRmaLineId: expectedLine!.id,
      openClaimId: openClaim!.id,
      openClaimNumber: openClaim!.number,
      openClaimKey: openClaim!.idempotencyKey,
      reasonId: reason!.id,
      failedOutboxId: outbox!.id,
      erpTokenId: token!.id,
    };
  });
}

/** Dupont's rows as lists show them: RMA, claim, invoice and sales order numbers. */
export function rowNeedlesOf(ids: TIds): string[] {
  return [
    ...ids.rmaNumbers,
    ...ids.claimNumbers,
    ...ids.invoiceNumbers,
    ...ids.deliveredSalesOrders,
    ...ids.openSalesOrders,
  ];
}

/** The numbers on the home page's RMA and claim tiles (a tile without a number says "none"). */
export function tileCounts(html: string): { rmas: number; claims: number } {
  const count = (testId: string) => {
    const match = new RegExp(
      `data-testid="${testId}"[^>]*><span[^>]*>[^<]*</span><span[^>]*>([^<]*)</span>`,
    ).exec(html);
    if (!match) throw new Error(`no ${testId} tile`);
    return Number(/\d+/.exec(match[1]!)?.[0] ?? 0);
  };
  return { rmas: count("tile-returns"), claims: count("tile-warranty") };
}

export async function openCounts(customerId: number): Promise<{ rmas: number; claims: number }> {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM "Rma" WHERE "customerId" = $1 AND status = 'OPEN')::int AS rmas,
              (SELECT count(*) FROM "WarrantyClaim" WHERE "customerId" = $1 AND status IN ('RECEIVED', 'IN_TREATMENT'))::int AS claims`,
      [customerId],
    );
    return rows[0];
  });
}

// The server's background drain (lib/email/periodic-drain.ts, every 30 s) sends what is queued
// while a test runs: it writes the delivery state of mail and webhook events and logs each webhook
// attempt. Those columns are left out of the hash; what a request itself would write (a new
// message or event, its recipient, object and body) is kept.
const DRAIN_WRITES: Record<string, string | null> = {
  OutboxMessage: "id::text",
  WebhookEvent: `concat_ws(',', id, "endpointId", type, "objectType", "objectId", txid, "createdAt")`,
  WebhookAttempt: null,
};

/** One hash per table over all its rows, less what the background drain writes (DRAIN_WRITES). */
export async function snapshot(): Promise<Record<string, string>> {
  return withDb(async (client) => {
    const tables = (
      await client.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'RateLimitBucket') ORDER BY 1`,
      )
    ).rows.map((r) => r.tablename as string);
    const parts = tables
      .filter((t) => DRAIN_WRITES[t] !== null)
      .map((t) => {
        const row = DRAIN_WRITES[t] ?? "x::text";
        return `SELECT '${t}' AS t, md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS h FROM "${t}" x`;
      });
    const { rows } = await client.query(parts.join(" UNION ALL "));
    return Object.fromEntries(rows.map((r) => [r.t, r.h]));
  });
}

/** Dupont's own rows (its company, users and everything it owns), for calls that may change the caller's rows. */
export async function dupontRows(customerId: number): Promise<string> {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `SELECT md5(concat_ws('#',
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "Customer" x WHERE id = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "User" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "Rma" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "RmaLine" x WHERE "rmaId" IN (SELECT id FROM "Rma" WHERE "customerId" = $1)),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "WarrantyClaim" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "WarrantyEvent" x WHERE "claimId" IN (SELECT id FROM "WarrantyClaim" WHERE "customerId" = $1)),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "Document" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "DeliveredLine" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "OpenOrderLine" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "Invoice" x WHERE "customerId" = $1),
         (SELECT string_agg(x::text, '|' ORDER BY x.id) FROM "AuditEntry" x WHERE "customerId" = $1)
       )) AS h`,
      [customerId],
    );
    return rows[0].h as string;
  });
}
