import "server-only";
import { Prisma } from "@/lib/db/client";
import { parseFilter, type TFilterCondition } from "@/lib/grid/filters";
import type { TColumnType, TGridState } from "@/lib/grid/types";

// The unpaid-invoice set in SQL, the same rules as open-amount.ts: open = amount − SUM(payments)
// (Payment rows are the record; Invoice.paidAmount is not read), listed when not settled and
// open ≠ 0, overdue when the due date is before today (Amsterdam), age in whole days.
// Column search uses the grid's own parser, so a filter means the same here as in every grid.
export const UNPAID_COLUMN_SQL = {
  invoiceDate: { type: "date", sql: `u."invoiceDate"` },
  number: { type: "text", sql: `u."number"` },
  amount: { type: "money", sql: `u."amount"` },
  paidAmount: { type: "money", sql: `u."paid"` },
  openAmount: { type: "money", sql: `u."open"` },
  dueDate: { type: "date", sql: `u."dueDate"` },
  overdue: { type: "flag", sql: `(u."daysOverdue" > 0)` },
} as const satisfies Record<string, { type: TColumnType; sql: string }>;
export type TUnpaidColumn = keyof typeof UNPAID_COLUMN_SQL;

/** The tenant's unpaid rows as a sub-select; customerId comes first and uses (customerId, settled, dueDate). */
export function unpaidSource(customerId: number, todayIso: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT i."id", i."number", i."kind", i."invoiceDate", i."dueDate", i."amount", i."documentId",
      COALESCE(p."paid", 0) AS "paid", i."amount" - COALESCE(p."paid", 0) AS "open",
      (${todayIso}::date - i."dueDate") AS "daysOverdue"
    FROM "Invoice" i
    LEFT JOIN LATERAL (SELECT SUM(pay."amount") AS "paid" FROM "Payment" pay WHERE pay."invoiceId" = i."id") p ON true
    WHERE i."customerId" = ${customerId} AND NOT i."settled"
  ) u`;
}

function escapeLike(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditionToSql(column: string, condition: TFilterCondition): Prisma.Sql | null {
  const field = Prisma.raw(column);
  switch (condition.kind) {
    case "contains":
      return Prisma.sql`${field} ILIKE ${escapeLike(condition.value)}`;
    case "money": {
      const parts: Prisma.Sql[] = [];
      const { equals, gt, gte, lt, lte } = condition.bounds;
      if (equals !== undefined) parts.push(Prisma.sql`${field} = ${equals}::numeric`);
      if (gt !== undefined) parts.push(Prisma.sql`${field} > ${gt}::numeric`);
      if (gte !== undefined) parts.push(Prisma.sql`${field} >= ${gte}::numeric`);
      if (lt !== undefined) parts.push(Prisma.sql`${field} < ${lt}::numeric`);
      if (lte !== undefined) parts.push(Prisma.sql`${field} <= ${lte}::numeric`);
      return parts.length ? Prisma.join(parts, " AND ") : null;
    }
    case "date": {
      const parts: Prisma.Sql[] = [];
      if (condition.gte) parts.push(Prisma.sql`${field} >= ${condition.gte}::date`);
      if (condition.lt) parts.push(Prisma.sql`${field} < ${condition.lt}::date`);
      return parts.length ? Prisma.join(parts, " AND ") : null;
    }
    case "flag":
      return condition.value ? field : Prisma.sql`NOT ${field}`;
    default:
      return null;
  }
}

export function unpaidWhere(filters: TGridState["filters"]): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`u."open" <> 0`];
  for (const [id, text] of Object.entries(filters)) {
    const column = UNPAID_COLUMN_SQL[id as TUnpaidColumn];
    const condition = column && parseFilter(column.type, text);
    const sql = condition && conditionToSql(column.sql, condition);
    if (sql) conditions.push(sql);
  }
  return Prisma.join(conditions, " AND ");
}

/** Default: oldest due date first (what needs paying first), then number; ids make paging stable. */
export function unpaidOrderBy(sort: TGridState["sort"]): Prisma.Sql {
  const column = sort && sort.id in UNPAID_COLUMN_SQL ? UNPAID_COLUMN_SQL[sort.id as TUnpaidColumn].sql : `u."dueDate"`;
  const direction = sort?.dir === "desc" ? "DESC" : "ASC";
  return Prisma.raw(`${column} ${direction}, u."number" ${direction}, u."id" ${direction}`);
}
