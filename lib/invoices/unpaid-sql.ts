import "server-only";
import { Prisma } from "@/lib/db/client";
import { type TColumnSql, toSqlWhere } from "@/lib/grid/sql-filters";
import { sqlOrderBy, type TSqlKey } from "@/lib/grid/sql-keyset";
import type { TColumnType, TGridColumn, TGridState } from "@/lib/grid/types";
import { overdueSql } from "./overdue";

// The unpaid-invoice set in SQL, the same rules as open-amount.ts: open = amount − SUM(payments)
// (Payment rows are the record; Invoice.paidAmount only pre-selects), listed when open ≠ 0 and
// not settled, or settled by an overpayment (the dealer's credit balance, open < 0 on an invoice),
// overdue by the rule of overdue.ts, age in whole days.
// Column search uses the grid's own parser, so a filter means the same here as in every grid.
export const UNPAID_COLUMN_SQL = {
  invoiceDate: { type: "date", sql: `u."invoiceDate"` },
  number: { type: "text", sql: `u."number"` },
  amount: { type: "money", sql: `u."amount"` },
  paidAmount: { type: "money", sql: `u."paid"` },
  openAmount: { type: "money", sql: `u."open"` },
  dueDate: { type: "date", sql: `u."dueDate"` },
  overdue: { type: "flag", sql: `u."overdue"` },
} as const satisfies Record<string, { type: TColumnType; sql: string }>;
export type TUnpaidColumn = keyof typeof UNPAID_COLUMN_SQL;

/** The tenant's unpaid rows as a sub-select; customerId comes first and uses (customerId, settled, dueDate). */
export function unpaidSource(customerId: number, todayIso: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT i."id", i."number", i."kind", i."invoiceDate", i."dueDate", i."amount", i."documentId",
      COALESCE(p."paid", 0) AS "paid", o."open", (${todayIso}::date - i."dueDate") AS "daysOverdue",
      ${overdueSql(Prisma.sql`o."open"`, Prisma.sql`i."dueDate"`, todayIso)} AS "overdue"
    FROM "Invoice" i
    LEFT JOIN LATERAL (SELECT SUM(pay."amount") AS "paid" FROM "Payment" pay WHERE pay."invoiceId" = i."id") p ON true
    CROSS JOIN LATERAL (SELECT i."amount" - COALESCE(p."paid", 0) AS "open") o
    WHERE i."customerId" = ${customerId}
      AND (NOT i."settled" OR CASE WHEN i."amount" < 0 THEN i."paidAmount" < i."amount" ELSE i."paidAmount" > i."amount" END)
  ) u`;
}

const UNPAID_FILTER_COLUMNS: TGridColumn[] = Object.entries(UNPAID_COLUMN_SQL).map(([id, column]) => ({
  id,
  label: id,
  type: column.type,
}));
const UNPAID_FILTER_SQL: TColumnSql = Object.fromEntries(
  Object.entries(UNPAID_COLUMN_SQL).map(([id, column]) => [id, column.sql]),
);

export function unpaidWhere(filters: TGridState["filters"]): Prisma.Sql {
  return Prisma.sql`u."open" <> 0 AND ${toSqlWhere(UNPAID_FILTER_COLUMNS, filters, UNPAID_FILTER_SQL)}`;
}

const CAST: Record<TColumnType, string> = {
  date: "date",
  text: "text",
  money: "numeric",
  flag: "boolean",
  number: "numeric",
};

/** Default: oldest due date first (what needs paying first), then number; ids make paging stable. */
export function unpaidSortKeys(sort: TGridState["sort"]): TSqlKey[] {
  const column =
    sort && sort.id in UNPAID_COLUMN_SQL
      ? UNPAID_COLUMN_SQL[sort.id as TUnpaidColumn]
      : UNPAID_COLUMN_SQL.dueDate;
  const dir = sort?.dir === "desc" ? "desc" : "asc";
  return [
    { sql: column.sql, cast: CAST[column.type], dir },
    { sql: `u."number"`, cast: "text", dir },
    { sql: `u."id"`, cast: "int", dir },
  ];
}

export function unpaidOrderBy(sort: TGridState["sort"]): Prisma.Sql {
  return sqlOrderBy(unpaidSortKeys(sort));
}
