import "server-only";
import { todayIso } from "@/lib/dates";
import { db, Prisma } from "@/lib/db/client";
import { mapBatches } from "@/lib/grid/keyset";
import { sqlKeysetBatches } from "@/lib/grid/sql-keyset";
import type { TGridState } from "@/lib/grid/types";
import { AGE_BUCKETS, type TAgeBucket } from "./open-amount";
import { ageBucketSql } from "./overdue";
import { unpaidOrderBy, unpaidSortKeys, unpaidSource, unpaidWhere } from "./unpaid-sql";

export type TUnpaidInvoice = {
  id: number;
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  invoiceDate: string;
  dueDate: string;
  amount: string;
  paidAmount: string;
  openAmount: string;
  overdue: boolean;
  daysOverdue: number;
  hasDocument: boolean;
};
export type TUnpaidTotals = {
  count: number;
  /** The net balance: what is to pay minus the credit (credit notes and overpayments). */
  open: string;
  /** Rows with something to pay (open > 0) and their sum. */
  toPayCount: number;
  toPay: string;
  /** Credit notes and overpaid invoices (open < 0) and their sum (negative). */
  creditCount: number;
  credit: string;
  overdue: string;
  overdueCount: number;
  buckets: Record<TAgeBucket, string>;
};
export type TUnpaidList = { rows: TUnpaidInvoice[]; total: number; totals: TUnpaidTotals };

type TRawTotals = {
  count: number;
  open: string;
  overdue: string;
  overdueCount: number;
  toPayCount: number;
  toPay: string;
  creditCount: number;
  credit: string;
} & Record<TAgeBucket, string>;

const BUCKET_TOTALS = Prisma.join(
  AGE_BUCKETS.map((bucket) => {
    const condition = ageBucketSql(bucket, `u."overdue"`, `u."daysOverdue"`);
    const name = Prisma.raw(`"${bucket}"`);
    return Prisma.sql`COALESCE(SUM(u."open") FILTER (WHERE ${condition}), 0)::numeric(14,2)::text AS ${name}`;
  }),
);

const ROW_COLUMNS = Prisma.sql`u."id", u."number", u."kind"::text AS "kind",
  to_char(u."invoiceDate", 'YYYY-MM-DD') AS "invoiceDate", to_char(u."dueDate", 'YYYY-MM-DD') AS "dueDate",
  u."amount"::text AS "amount", u."paid"::numeric(14,2)::text AS "paidAmount", u."open"::numeric(14,2)::text AS "openAmount",
  u."daysOverdue"::int AS "daysOverdue", u."overdue", (u."documentId" IS NOT NULL) AS "hasDocument"`;
const toRow = (row: TUnpaidInvoice): TUnpaidInvoice => ({
  ...row,
  id: Number(row.id),
  daysOverdue: Number(row.daysOverdue),
});

/**
 * The dealer's unpaid invoices and unsettled credit notes (filtered, sorted, one page; pageSize 0 = all)
 * with the totals of the whole filtered set: open, overdue and open amount by age.
 */
export async function listUnpaidInvoices(
  customerId: number,
  params: TGridState,
  options: { today?: string } = {},
): Promise<TUnpaidList> {
  const today = options.today ?? todayIso();
  const source = unpaidSource(customerId, today);
  const where = unpaidWhere(params.filters);
  const paging =
    params.pageSize > 0
      ? Prisma.sql`LIMIT ${params.pageSize} OFFSET ${(Math.max(1, params.page) - 1) * params.pageSize}`
      : Prisma.empty;
  const [rows, totals] = await Promise.all([
    db.$queryRaw<TUnpaidInvoice[]>`
      SELECT ${ROW_COLUMNS} FROM ${source} WHERE ${where} ORDER BY ${unpaidOrderBy(params.sort)} ${paging}`,
    unpaidTotals(source, where),
  ]);
  return { rows: rows.map(toRow), total: totals.count, totals };
}

/** The totals of the rows of `source` under `where`: the list's totals and the home tile's counts. */
async function unpaidTotals(source: Prisma.Sql, where: Prisma.Sql): Promise<TUnpaidTotals> {
  const [row] = await db.$queryRaw<TRawTotals[]>`
    SELECT count(*)::int AS "count",
      count(*) FILTER (WHERE u."overdue")::int AS "overdueCount",
      COALESCE(SUM(u."open"), 0)::numeric(14,2)::text AS "open",
      COALESCE(SUM(u."open") FILTER (WHERE u."overdue"), 0)::numeric(14,2)::text AS "overdue",
      count(*) FILTER (WHERE u."open" > 0)::int AS "toPayCount",
      COALESCE(SUM(u."open") FILTER (WHERE u."open" > 0), 0)::numeric(14,2)::text AS "toPay",
      count(*) FILTER (WHERE u."open" < 0)::int AS "creditCount",
      COALESCE(SUM(u."open") FILTER (WHERE u."open" < 0), 0)::numeric(14,2)::text AS "credit",
      ${BUCKET_TOTALS}
    FROM ${source} WHERE ${where}`;
  const t = row!; // an aggregate without GROUP BY answers one row, also for no invoices
  return {
    count: Number(t.count),
    open: t.open,
    overdue: t.overdue,
    overdueCount: Number(t.overdueCount),
    toPayCount: Number(t.toPayCount),
    toPay: t.toPay,
    creditCount: Number(t.creditCount),
    credit: t.credit,
    buckets: Object.fromEntries(AGE_BUCKETS.map((b) => [b, t[b]])) as Record<TAgeBucket, string>,
  };
}

/** The same rows under the filter and sort, all of them (the CSV), in keyset batches. */
export function unpaidInvoiceBatches(
  customerId: number,
  params: TGridState,
  { today = todayIso(), batchSize }: { today?: string; batchSize?: number } = {},
) {
  const source = unpaidSource(customerId, today);
  const where = unpaidWhere(params.filters);
  const keys = unpaidSortKeys(params.sort);
  const rows = sqlKeysetBatches<TUnpaidInvoice>(
    keys,
    where,
    (parts, take) =>
      db.$queryRaw`SELECT ${ROW_COLUMNS}, ${parts.keyset} FROM ${source}
        WHERE ${parts.where} ORDER BY ${parts.orderBy} LIMIT ${take}`,
    { batchSize },
  );
  return mapBatches(rows, toRow);
}

export type TUnpaidSummary = {
  unpaid: number;
  overdue: number;
  toPay: number;
  credits: number;
  balance: string;
};

/** Counts and the net balance for the home tile, by the same definition as the list's totals. */
export async function countUnpaidInvoices(customerId: number, today = todayIso()): Promise<TUnpaidSummary> {
  const totals = await unpaidTotals(unpaidSource(customerId, today), unpaidWhere({}));
  return {
    unpaid: totals.count,
    overdue: totals.overdueCount,
    toPay: totals.toPayCount,
    credits: totals.creditCount,
    balance: totals.open,
  };
}

/** The customer's name and number for the PDF heading. */
export async function getDealerHeading(customerId: number): Promise<{ name: string; erpNumber: string }> {
  return db.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { name: true, erpNumber: true },
  });
}

/**
 * The stored document of the dealer's invoice or credit note, or null when the number is unknown,
 * another dealer's, or has no document. Note: customerId is in the where, so a foreign number is simply not found.
 */
export async function findInvoiceDocument(
  customerId: number,
  number: string,
): Promise<{ fileName: string; contentType: string; storageKey: string } | null> {
  const invoice = await db.invoice.findFirst({
    where: { customerId, number, document: { is: { customerId } } },
    select: { document: { select: { fileName: true, contentType: true, storageKey: true } } },
  });
  return invoice?.document ?? null;
}
