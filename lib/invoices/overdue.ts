import "server-only";
import { Prisma } from "@/lib/db/client";
import type { TAgeBucket } from "./open-amount";

// "Vervallen" (SPEC §5): something is still to pay and the due date is before today (the business
// day, lib/dates.ts); due today is not overdue. A credit note or an overpaid invoice (open ≤ 0)
// is never overdue. The unpaid list, its totals and age buckets, the overdue filter, the CSV, the
// PDF and the home tile all read this one SQL expression (through unpaid-sql.ts).
export function overdueSql(open: Prisma.Sql, dueDate: Prisma.Sql, todayIso: string): Prisma.Sql {
  return Prisma.sql`(${open} > 0 AND ${dueDate} < ${todayIso}::date)`;
}

/** Days past due of an overdue row, per age bucket; everything not overdue is "not yet due". */
const OVERDUE_DAYS: Record<Exclude<TAgeBucket, "notDue">, [number, number | null]> = {
  days1to30: [1, 30],
  days31to60: [31, 60],
  days61to90: [61, 90],
  over90: [91, null],
};

/** The condition of an age bucket over a row with the boolean `overdue` and the integer `daysOverdue`. */
export function ageBucketSql(bucket: TAgeBucket, overdue: string, daysOverdue: string): Prisma.Sql {
  if (bucket === "notDue") return Prisma.raw(`NOT ${overdue}`);
  const [from, to] = OVERDUE_DAYS[bucket];
  return Prisma.raw(
    `${overdue} AND ${daysOverdue} >= ${from}${to === null ? "" : ` AND ${daysOverdue} <= ${to}`}`,
  );
}
