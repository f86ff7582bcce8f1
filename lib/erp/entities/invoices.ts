import "server-only";
import type { TEntityHandler } from "../batch";
import type { TInvoiceRow, TRejectedRow } from "../schema";
import { resolveCustomers, selectForUpdate, splitOutcomes, type TTx, upsertRecords } from "../upsert-sql";

// Invoices and credit notes by number. `settled` follows the amount against the payments
// already booked; a credit note naming an RMA links it and marks the RMA and its (not
// rejected) lines INVOICED.
type TRma = { id: number; number: string; customerId: number };

export const invoicesHandler: TEntityHandler<TInvoiceRow> = {
  keyOf: (raw) => raw.number,
  async apply(tx, rows) {
    const customers = await resolveCustomers(tx, rows.map((r) => r.row.customerNumber));
    const rmaNumbers = rows.flatMap((r) => (r.row.rmaNumber ? [r.row.rmaNumber] : []));
    const rmas = await selectForUpdate<TRma>(tx, "Rma", "number", rmaNumbers, ["id", "number", "customerId"]);
    const rmaByNumber = new Map(rmas.map((r) => [r.number, r]));
    await selectForUpdate(tx, "Invoice", "number", rows.map((r) => r.key), ["id"]);
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    const invoicedRmaIds = new Set<number>();
    for (const { index, key, row } of rows) {
      const customerId = customers.get(row.customerNumber);
      const rma = row.rmaNumber ? rmaByNumber.get(row.rmaNumber) : undefined;
      const errors: string[] = [];
      if (customerId === undefined) errors.push(`customerNumber: unknown customer "${row.customerNumber}"`);
      if (row.rmaNumber && (!rma || (customerId !== undefined && rma.customerId !== customerId))) {
        errors.push(`rmaNumber: unknown RMA "${row.rmaNumber}" for this customer`);
      }
      if (errors.length) {
        rejected.push({ index, key, errors });
        continue;
      }
      if (rma) invoicedRmaIds.add(rma.id);
      records.push({
        number: row.number, customerId, kind: row.kind, invoiceDate: row.invoiceDate, dueDate: row.dueDate,
        amount: row.amount, rmaId: rma?.id ?? null,
      });
    }
    const written = await upsertRecords(tx, {
      table: "Invoice",
      key: "number",
      columns: { number: "text", customerId: "integer", kind: '"InvoiceKind"', invoiceDate: "date", dueDate: "date", amount: "numeric", rmaId: "integer" },
      updateExtras: { settled: `("Invoice"."paidAmount" = excluded."amount")` },
    }, records);
    await markRmasInvoiced(tx, [...invoicedRmaIds]);
    return { ...splitOutcomes(written), rejected };
  },
};

async function markRmasInvoiced(tx: TTx, rmaIds: number[]): Promise<void> {
  if (rmaIds.length === 0) return;
  const now = new Date();
  await tx.rmaLine.updateMany({
    where: { rmaId: { in: rmaIds }, status: { notIn: ["REJECTED", "INVOICED"] } },
    data: { status: "INVOICED" },
  });
  await tx.rma.updateMany({ where: { id: { in: rmaIds }, status: { not: "INVOICED" } }, data: { status: "INVOICED" } });
  await tx.rma.updateMany({ where: { id: { in: rmaIds }, closedAt: null }, data: { closedAt: now } });
}
