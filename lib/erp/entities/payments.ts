import "server-only";
import type { TEntityHandler } from "../batch";
import type { TPaymentRow, TRejectedRow } from "../schema";
import { selectForUpdate, splitOutcomes, type TTx, upsertRecords } from "../upsert-sql";

// Payments by erpKey. Every invoice they touch (also the one a payment moved away from) gets
// paidAmount = the sum of its payments and settled = (paidAmount = amount), in the database.
type TInvoice = { id: number; number: string };

export const paymentsHandler: TEntityHandler<TPaymentRow> = {
  keyOf: (raw) => raw.erpKey,
  async apply(tx, rows) {
    const invoices = await selectForUpdate<TInvoice>(tx, "Invoice", "number", rows.map((r) => r.row.invoiceNumber), ["id", "number"]);
    const invoiceByNumber = new Map(invoices.map((i) => [i.number, i.id]));
    const stored = await selectForUpdate<{ invoiceId: number }>(tx, "Payment", "erpKey", rows.map((r) => r.key), ["invoiceId"]);
    const touched = new Set<number>(stored.map((s) => s.invoiceId));
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    for (const { index, key, row } of rows) {
      const invoiceId = invoiceByNumber.get(row.invoiceNumber);
      if (invoiceId === undefined) {
        rejected.push({ index, key, errors: [`invoiceNumber: unknown invoice "${row.invoiceNumber}"`] });
        continue;
      }
      touched.add(invoiceId);
      records.push({ erpKey: row.erpKey, invoiceId, amount: row.amount, paidOn: row.paidOn });
    }
    const written = await upsertRecords(tx, {
      table: "Payment",
      key: "erpKey",
      columns: { erpKey: "text", invoiceId: "integer", amount: "numeric", paidOn: "date" },
    }, records);
    await recomputePaidAmounts(tx, [...touched]);
    return { ...splitOutcomes(written), rejected };
  },
};

export async function recomputePaidAmounts(tx: TTx, invoiceIds: number[]): Promise<void> {
  if (invoiceIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE "Invoice" i SET "paidAmount" = s.total, "settled" = (s.total = i."amount"), "updatedAt" = CURRENT_TIMESTAMP
     FROM (SELECT inv."id", COALESCE(SUM(p."amount"), 0) AS total FROM "Invoice" inv LEFT JOIN "Payment" p ON p."invoiceId" = inv."id"
           WHERE inv."id" IN (SELECT jsonb_array_elements_text($1::jsonb)::int) GROUP BY inv."id") s
     WHERE i."id" = s."id" AND (i."paidAmount", i."settled") IS DISTINCT FROM (s.total, s.total = i."amount")`,
    JSON.stringify(invoiceIds.map(String)),
  );
}
