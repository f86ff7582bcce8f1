import "server-only";
import { addMonths, dateOnly, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";

export type TAgeBuckets = { days0to7: number; days8to30: number; over30: number };
export type TReasonCount = {
  reasonId: number;
  labelNl: string;
  labelFr: string;
  labelEn: string;
  labelDe: string;
  lines: number;
  quantity: number;
};

// Age in whole days since creation: 0–7, 8–30, over 30 (same buckets as the returns queue filter).
async function ageBuckets(table: "Rma" | "WarrantyClaim", openStatuses: string[]): Promise<TAgeBuckets> {
  const rows = await db.$queryRawUnsafe<{ a: bigint; b: bigint; c: bigint }[]>(
    `SELECT count(*) FILTER (WHERE (now() AT TIME ZONE 'UTC') - "createdAt" < interval '8 days') AS a,
            count(*) FILTER (WHERE (now() AT TIME ZONE 'UTC') - "createdAt" >= interval '8 days' AND (now() AT TIME ZONE 'UTC') - "createdAt" < interval '31 days') AS b,
            count(*) FILTER (WHERE (now() AT TIME ZONE 'UTC') - "createdAt" >= interval '31 days') AS c
     FROM "${table}" WHERE status::text = ANY($1::text[])`,
    openStatuses,
  );
  const row = rows[0];
  return { days0to7: Number(row?.a ?? 0), days8to30: Number(row?.b ?? 0), over30: Number(row?.c ?? 0) };
}

/** Returned lines and quantities by reason, RMAs of the last 12 months. */
async function returnsByReason(): Promise<TReasonCount[]> {
  const since = dateOnly(addMonths(todayIso(), -12));
  const rows = await db.$queryRaw<
    {
      reasonId: number;
      labelNl: string;
      labelFr: string;
      labelEn: string;
      labelDe: string;
      lines: bigint;
      quantity: bigint;
    }[]
  >`
    SELECT rr.id AS "reasonId", rr."labelNl", rr."labelFr", rr."labelEn", rr."labelDe",
           count(rl.id) AS lines, coalesce(sum(rl."quantityExpected"), 0) AS quantity
    FROM "RmaLine" rl JOIN "Rma" r ON r.id = rl."rmaId" JOIN "ReturnReason" rr ON rr.id = rl."reasonId"
    WHERE r."createdAt" >= ${since}
    GROUP BY rr.id ORDER BY lines DESC, rr."sortOrder" ASC`;
  return rows.map((r) => ({ ...r, lines: Number(r.lines), quantity: Number(r.quantity) }));
}

/** Average days from creation to closing/invoicing (RMAs) and to the decision (claims). */
async function averageHandlingDays(): Promise<{ rmaDays: number | null; claimDays: number | null }> {
  const rows = await db.$queryRaw<{ rma: number | null; claim: number | null }[]>`
    SELECT (SELECT avg(extract(epoch FROM ("closedAt" - "createdAt")) / 86400)::float8 FROM "Rma" WHERE "closedAt" IS NOT NULL AND status <> 'OPEN') AS rma,
           (SELECT avg(extract(epoch FROM ("handledAt" - "createdAt")) / 86400)::float8 FROM "WarrantyClaim" WHERE "handledAt" IS NOT NULL) AS claim`;
  const round = (v: number | null | undefined) =>
    v === null || v === undefined ? null : Math.round(v * 10) / 10;
  return { rmaDays: round(rows[0]?.rma), claimDays: round(rows[0]?.claim) };
}

export async function getStaffOverview() {
  const [rmas, claims, reasons, handling, pendingMail] = await Promise.all([
    ageBuckets("Rma", ["OPEN"]),
    ageBuckets("WarrantyClaim", ["RECEIVED", "IN_TREATMENT"]),
    returnsByReason(),
    averageHandlingDays(),
    db.outboxMessage.count({ where: { status: "PENDING" } }),
  ]);
  return { rmas, claims, reasons, handling, pendingMail };
}
