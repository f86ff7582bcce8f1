import { beforeAll, describe, expect, it } from "vitest";
import { BENCH_PASSWORD, BIG, LOAD_DEALERS, STAFF, TYPICAL } from "@/bench/data/accounts";
import { fillBenchData } from "@/bench/data/fill";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { addMonths, todayIso } from "@/lib/dates";
import { db, embeddedPglite } from "@/lib/db/client";
import { connectPostgres, type TSqlRunner, wrapPglite } from "@/lib/db/sql-runner";
import { listUnpaidInvoices } from "@/lib/invoices/queries";
import { nextDocumentNumber } from "@/lib/numbers/next-number";

// `npm run bench:data` at a tiny scale on the test database: the accounts of bench/data/accounts.ts,
// the big dealer's lead, counters that match the RMA lines, and invoice amounts that add up.
const SCALE = 0.001;
const SEED = 7;
const today = todayIso();

function runner(): Promise<TSqlRunner> | TSqlRunner {
  return process.env.DATABASE_URL
    ? connectPostgres(process.env.DATABASE_URL)
    : wrapPglite(embeddedPglite!, { owns: false });
}

async function fill(passwordHash: string) {
  const sql = await runner();
  try {
    await fillBenchData(sql, { scale: SCALE, seed: SEED, today, passwordHash });
  } finally {
    await sql.close();
  }
}

/** A fingerprint of the generated rows (hashes excluded: argon2 salts differ per run). */
async function fingerprint(): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ md5: string }[]>(`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(concat_ws(',', "id", "customerId", "erpKey", "salesOrderNumber", "customerPoNumber", "articleNumber", "netUnitPrice", "quantityDelivered", "quantityReturned", "quantityInRequest", "deliveryDate"), ';' ORDER BY "id") FROM "DeliveredLine"),
      (SELECT string_agg(concat_ws(',', "id", "number", "customerId", "status", "createdAt"), ';' ORDER BY "id") FROM "Rma"),
      (SELECT string_agg(concat_ws(',', "id", "rmaId", "deliveredLineId", "status", "quantityExpected", "quantityReceived"), ';' ORDER BY "id") FROM "RmaLine"),
      (SELECT string_agg(concat_ws(',', "id", "number", "status", "articleNumber", "createdAt"), ';' ORDER BY "id") FROM "WarrantyClaim"),
      (SELECT string_agg(concat_ws(',', "id", "customerId", "expectedDate", "quantityOrdered"), ';' ORDER BY "id") FROM "OpenOrderLine"),
      (SELECT string_agg(concat_ws(',', "id", "customerId", "number", "amount", "paidAmount", "settled", "dueDate"), ';' ORDER BY "id") FROM "Invoice"),
      (SELECT string_agg(concat_ws(',', "id", "invoiceId", "amount", "paidOn"), ';' ORDER BY "id") FROM "Payment"))) AS md5`);
  return row!.md5;
}

async function customerId(erpNumber: string): Promise<number> {
  return (await db.customer.findUniqueOrThrow({ where: { erpNumber }, select: { id: true } })).id;
}

describe("bench data generator", () => {
  let passwordHash = "";
  beforeAll(async () => {
    passwordHash = await hashPassword(BENCH_PASSWORD);
    await fill(passwordHash);
  });

  it("creates every account of the contract, each dealer in its own company, all with the bench password", async () => {
    for (const account of [BIG, TYPICAL, ...LOAD_DEALERS]) {
      const user = await db.user.findUnique({
        where: { email: account.email },
        select: { role: true, customer: { select: { erpNumber: true } } },
      });
      expect(user, account.email).toMatchObject({
        role: "DEALER",
        customer: { erpNumber: account.erpNumber },
      });
    }
    const staff = await db.user.findUniqueOrThrow({
      where: { email: STAFF.email },
      select: { role: true, customerId: true, passwordHash: true },
    });
    expect(staff).toMatchObject({ role: "STAFF", customerId: null });
    expect(await verifyPassword(staff.passwordHash, BENCH_PASSWORD)).toBe(true);
    const companies = await db.user.groupBy({
      by: ["customerId"],
      where: { email: { in: [BIG.email, TYPICAL.email, ...LOAD_DEALERS.map((d) => d.email)] } },
    });
    expect(companies).toHaveLength(2 + LOAD_DEALERS.length);
  });

  it("gives the big dealer the most delivered lines of the last 12 months, open lines and unpaid invoices", async () => {
    const big = await customerId(BIG.erpNumber);
    const recent = await db.deliveredLine.groupBy({
      by: ["customerId"],
      where: { deliveryDate: { gte: new Date(`${addMonths(today, -12)}T00:00:00Z`) } },
      _count: { _all: true },
      orderBy: { _count: { customerId: "desc" } },
      take: 2,
    });
    expect(recent[0]!.customerId).toBe(big);
    expect(recent[0]!._count._all).toBeGreaterThan(recent[1]!._count._all);
    const open = await db.openOrderLine.groupBy({
      by: ["customerId"],
      _count: { _all: true },
      orderBy: { _count: { customerId: "desc" } },
      take: 1,
    });
    expect(open[0]!.customerId).toBe(big);
    const typical = await customerId(TYPICAL.erpNumber);
    expect(await db.deliveredLine.count({ where: { customerId: typical } })).toBeGreaterThan(0);
  });

  it("keeps each delivered line's returned and in-request counters equal to its RMA lines, never over the delivered quantity", async () => {
    const [row] = await db.$queryRawUnsafe<{ negative: number; mismatched: number; lines: number }[]>(`
      SELECT count(*) FILTER (WHERE d."quantityDelivered" - d."quantityReturned" - d."quantityInRequest" < 0)::int AS negative,
        count(*) FILTER (WHERE d."quantityReturned" <> coalesce(r.returned, 0) OR d."quantityInRequest" <> coalesce(r.requested, 0))::int AS mismatched,
        (SELECT count(*) FROM "RmaLine")::int AS lines
      FROM "DeliveredLine" d
      LEFT JOIN (SELECT "deliveredLineId", sum(coalesce("quantityReceived", 0)) AS returned,
        sum(CASE WHEN "quantityReceived" IS NULL THEN "quantityExpected" ELSE 0 END) AS requested FROM "RmaLine" GROUP BY 1) r ON r."deliveredLineId" = d."id"`);
    expect(row).toEqual({ negative: 0, mismatched: 0, lines: expect.any(Number) });
    expect(row!.lines).toBeGreaterThan(0);
  });

  it("records payments that add up: paidAmount is the sum of the payments, settled means nothing open, and the unpaid list agrees", async () => {
    const [row] = await db.$queryRawUnsafe<{ mismatched: number; open_settled: number }[]>(`
      SELECT count(*) FILTER (WHERE i."paidAmount" <> coalesce(p.paid, 0))::int AS mismatched,
        count(*) FILTER (WHERE i."settled" AND i."amount" <> coalesce(p.paid, 0))::int AS open_settled
      FROM "Invoice" i LEFT JOIN (SELECT "invoiceId", sum("amount") AS paid FROM "Payment" GROUP BY 1) p ON p."invoiceId" = i."id"`);
    expect(row).toEqual({ mismatched: 0, open_settled: 0 });
    const big = await customerId(BIG.erpNumber);
    const list = await listUnpaidInvoices(big, { page: 1, pageSize: 0, sort: null, filters: {} }, { today });
    const unsettled = await db.invoice.findMany({
      where: { customerId: big, settled: false },
      select: { amount: true, paidAmount: true },
    });
    const openCents = unsettled.reduce(
      (sum, i) => sum + Math.round(Number(i.amount) * 100) - Math.round(Number(i.paidAmount) * 100),
      0,
    );
    expect(list.total).toBe(unsettled.filter((i) => Number(i.amount) !== Number(i.paidAmount)).length);
    expect(Math.round(Number(list.totals.open) * 100)).toBe(openCents);
    expect(list.totals.overdueCount).toBeGreaterThan(0);
    expect(list.rows.some((r) => r.kind === "INVOICE" && r.paidAmount !== "0.00")).toBe(true);
  });

  it("sets the number sequences past the generated RMA and claim numbers", async () => {
    const [rma, claim] = await db.$transaction(async (tx) => [
      await nextDocumentNumber(tx, "RMA"),
      await nextDocumentNumber(tx, "CLAIM"),
    ]);
    expect(await db.rma.count({ where: { number: rma } })).toBe(0);
    expect(await db.warrantyClaim.count({ where: { number: claim } })).toBe(0);
    expect(await db.warrantyClaim.count()).toBeGreaterThan(0);
  });

  it("generates the same rows again from the same seed", async () => {
    const first = await fingerprint();
    await db.$executeRawUnsafe(`
      DO $$ BEGIN
        EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I', tablename), ', ') || ' RESTART IDENTITY CASCADE'
                 FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations');
      END $$`);
    await fill(passwordHash);
    expect(await fingerprint()).toBe(first);
  });
});
