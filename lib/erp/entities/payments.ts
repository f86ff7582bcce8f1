import "server-only";
import type { TEntityHandler } from "../batch";
import type { TPaymentRow, TRejectedRow } from "../schema";
import { selectForUpdate, splitOutcomes, upsertRecords } from "../upsert-sql";

// Payments by erpKey. Every invoice they touch (also the one a payment moved away from) follows
// in the database: paidAmount = the sum of its payments, settled by its rule (trigger on "Payment").
type TInvoice = { id: number; number: string };

export const paymentsHandler: TEntityHandler<TPaymentRow> = {
  keyOf: (raw) => raw.erpKey,
  async apply(tx, rows) {
    const invoices = await selectForUpdate<TInvoice>(
      tx,
      "Invoice",
      "number",
      rows.map((r) => r.row.invoiceNumber),
      ["id", "number"],
    );
    const invoiceByNumber = new Map(invoices.map((i) => [i.number, i.id]));
    await selectForUpdate(
      tx,
      "Payment",
      "erpKey",
      rows.map((r) => r.key),
      ["id"],
    );
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    for (const { index, key, row } of rows) {
      const invoiceId = invoiceByNumber.get(row.invoiceNumber);
      if (invoiceId === undefined) {
        rejected.push({ index, key, errors: [`invoiceNumber: unknown invoice "${row.invoiceNumber}"`] });
        continue;
      }
      records.push({ erpKey: row.erpKey, invoiceId, amount: row.amount, paidOn: row.paidOn });
    }
    const written = await upsertRecords(
      tx,
      {
        table: "Payment",
        key: "erpKey",
        columns: { erpKey: "text", invoiceId: "integer", amount: "numeric", paidOn: "date" },
      },
      records,
    );
    return { ...splitOutcomes(written), rejected };
  },
};
