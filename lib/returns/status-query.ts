import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { defaultNulls, mapBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import { toSqlWhere } from "@/lib/grid/sql-filters";
import { sqlKeysetBatches, sqlOrderBy, type TSqlKey } from "@/lib/grid/sql-keyset";
import type { TGridColumn, TGridSort, TGridState } from "@/lib/grid/types";

// Every RMA line of the dealer (SPEC §2.4), with its RMA, delivered line and credit note.
// Raw SQL that starts from the dealer's RMAs, so the default order (newest RMA first) walks the
// index Rma(customerId, createdAt) and a page reads only its own lines.
export type TStatusRow = {
  id: number;
  rmaNumber: string;
  rmaDate: string;
  articleNumber: string;
  externalArticleNumbers: string;
  articleName: string;
  remark: string;
  quantityExpected: number;
  receivedAt: string | null;
  quantityReceived: number | null;
  status: "EXPECTED" | "RECEIVED" | "REJECTED" | "INVOICED";
  creditNote: string | null;
  hasLabel: boolean;
  /** The credit note's amount, and whether it has a document to link to (without one it is shown as text). */
  creditNoteAmount: string | null;
  creditNoteHasDocument: boolean;
};

/** Column id → SQL over o = Rma, l = RmaLine, d = DeliveredLine; every sortable and filterable status column. */
const STATUS_COLUMN_SQL = {
  rmaNumber: `o."number"`,
  rmaDate: `o."createdAt"`,
  articleNumber: `d."articleNumber"`,
  externalArticleNumbers: `d."externalArticleNumbers"`,
  articleName: `d."articleName"`,
  remark: `l."remark"`,
  quantityExpected: `l."quantityExpected"`,
  receivedAt: `l."receivedAt"`,
  quantityReceived: `l."quantityReceived"`,
  status: `l."status"`,
} as const;
const DELIVERED_LINE_COLUMNS: string[] = ["articleNumber", "externalArticleNumbers", "articleName"];

type TCreditNoteInfo = { number: string; amount: string; hasDocument: boolean };
type TRawStatusRow = Omit<
  TStatusRow,
  "remark" | "hasLabel" | "creditNote" | "creditNoteAmount" | "creditNoteHasDocument"
> & {
  remark: string;
  rejectionReason: string | null;
  creditNoteInfo: TCreditNoteInfo | null;
};

/** The SQL type of each sortable column, to compare a keyset value with; receivedAt and quantityReceived may be null. */
const STATUS_COLUMN_CAST: Record<keyof typeof STATUS_COLUMN_SQL, string> = {
  rmaNumber: "text",
  rmaDate: "timestamp",
  articleNumber: "text",
  externalArticleNumbers: "text",
  articleName: "text",
  remark: "text",
  quantityExpected: "int",
  receivedAt: "date",
  quantityReceived: "int",
  status: `"RmaLineStatus"`,
};
const NULLABLE_COLUMNS: string[] = ["receivedAt", "quantityReceived"];

/** The chosen column (enum status in its declared order), then the newest line: paging never repeats or skips a row. */
function statusSortKeys(sort: TGridSort | null): { keys: TSqlKey[]; onDeliveredLine: boolean } {
  const id =
    sort && Object.hasOwn(STATUS_COLUMN_SQL, sort.id) ? (sort.id as keyof typeof STATUS_COLUMN_SQL) : null;
  const tieBreaker: TSqlKey = { sql: `l."id"`, cast: "int", dir: "desc" };
  if (!id) return { keys: [tieBreaker], onDeliveredLine: false };
  const dir = sort?.dir === "desc" ? "desc" : "asc";
  const nulls = NULLABLE_COLUMNS.includes(id) ? defaultNulls(dir) : null;
  return {
    keys: [{ sql: STATUS_COLUMN_SQL[id], cast: STATUS_COLUMN_CAST[id], dir, nulls }, tieBreaker],
    onDeliveredLine: DELIVERED_LINE_COLUMNS.includes(id),
  };
}

function statusOrderBy(sort: TGridSort | null): { sql: Prisma.Sql; onDeliveredLine: boolean } {
  const { keys, onDeliveredLine } = statusSortKeys(sort);
  return { sql: sqlOrderBy(keys), onDeliveredLine };
}

/** The dealer's lines under the filter; the delivered line joined only when asked (a line always has one, so counts agree). */
function dealerLines(customerId: number, where: Prisma.Sql, withDeliveredLine: boolean): Prisma.Sql {
  return Prisma.sql`FROM "Rma" o JOIN "RmaLine" l ON l."rmaId" = o."id"
    ${withDeliveredLine ? Prisma.sql`JOIN "DeliveredLine" d ON d."id" = l."deliveredLineId"` : Prisma.empty}
    WHERE o."customerId" = ${customerId} AND ${where}`;
}

const ROW_COLUMNS = Prisma.sql`l."id", o."number" AS "rmaNumber", to_char(o."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "rmaDate",
  d."articleNumber", d."externalArticleNumbers", d."articleName", l."remark", l."rejectionReason", l."quantityExpected",
  to_char(l."receivedAt", 'YYYY-MM-DD') AS "receivedAt", l."quantityReceived", l."status"::text AS "status",
  (SELECT json_build_object('number', i."number", 'amount', i."amount"::text, 'hasDocument', i."documentId" IS NOT NULL)
     FROM "Invoice" i WHERE i."rmaId" = o."id" AND i."kind" = 'CREDIT_NOTE' ORDER BY i."id" DESC LIMIT 1) AS "creditNoteInfo"`;

/**
 * A page picks its line ids first (only the tables the filter and sort need), then reads those
 * rows, so the lines it skips never touch DeliveredLine or Invoice.
 */
function findLines(customerId: number, where: Prisma.Sql, filterOnDeliveredLine: boolean, state: TGridState) {
  const orderBy = statusOrderBy(state.sort);
  const { skip, take } = toSkipTake(state);
  return db.$queryRaw<TRawStatusRow[]>`
    SELECT ${ROW_COLUMNS}
    FROM (SELECT l."id" ${dealerLines(customerId, where, filterOnDeliveredLine || orderBy.onDeliveredLine)} ORDER BY ${orderBy.sql} LIMIT ${take} OFFSET ${skip}) page
    JOIN "RmaLine" l ON l."id" = page."id"
    JOIN "Rma" o ON o."id" = l."rmaId"
    JOIN "DeliveredLine" d ON d."id" = l."deliveredLineId"
    WHERE o."customerId" = ${customerId}
    ORDER BY ${orderBy.sql}`;
}

/** One page of the status grid and the total under the filter. */
export async function getReturnStatus(customerId: number, columns: TGridColumn[], state: TGridState) {
  const where = toSqlWhere(columns, state.filters, STATUS_COLUMN_SQL);
  const filterOnDeliveredLine = DELIVERED_LINE_COLUMNS.some((id) => state.filters[id]);
  const [lines, count, customer] = await Promise.all([
    findLines(customerId, where, filterOnDeliveredLine, state),
    db.$queryRaw<
      Array<{ total: number }>
    >`SELECT count(*)::int AS "total" ${dealerLines(customerId, where, filterOnDeliveredLine)}`,
    db.customer.findUnique({ where: { id: customerId }, select: { carrier: true } }),
  ]);
  const hasLabel = customer?.carrier === "NIGHT_CARRIER";
  const rows = lines.map((line) => toStatusRow(line, hasLabel));
  return { rows, total: Number(count[0]!.total) };
}

function toStatusRow(
  { rejectionReason, creditNoteInfo, ...line }: TRawStatusRow,
  hasLabel: boolean,
): TStatusRow {
  return {
    ...line,
    creditNote: creditNoteInfo?.number ?? null,
    creditNoteAmount: creditNoteInfo?.amount ?? null,
    creditNoteHasDocument: creditNoteInfo?.hasDocument ?? false,
    remark: [line.remark, rejectionReason].filter(Boolean).join(" · "),
    hasLabel,
  };
}

/** Every line under the filter and sort (the CSV), in keyset batches. */
export async function* returnStatusBatches(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
  batchSize?: number,
): AsyncGenerator<TStatusRow[]> {
  const where = toSqlWhere(columns, state.filters, STATUS_COLUMN_SQL);
  const { keys } = statusSortKeys(state.sort);
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { carrier: true } });
  const hasLabel = customer?.carrier === "NIGHT_CARRIER";
  const lines = sqlKeysetBatches<TRawStatusRow>(
    keys,
    where,
    (parts, take) =>
      db.$queryRaw`SELECT ${ROW_COLUMNS}, ${parts.keyset} ${dealerLines(customerId, parts.where, true)}
        ORDER BY ${parts.orderBy} LIMIT ${take}`,
    { batchSize },
  );
  yield* mapBatches(lines, (line) => toStatusRow(line, hasLabel));
}
