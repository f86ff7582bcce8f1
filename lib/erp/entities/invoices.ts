import "server-only";
import { invoiceRma } from "@/lib/staff/returns/invoice-rma";
import type { TEntityHandler } from "../batch";
import type { TInvoiceRow, TRejectedRow } from "../schema";
import { resolveCustomers, selectForUpdate, splitOutcomes, upsertRecords } from "../upsert-sql";

// Invoices and credit notes by number. paidAmount and settled are the database's (trigger on
// "Invoice": settled follows the amount against the payments booked). A credit note naming an RMA
// links it and is the ERP's word that the goods came back: the RMA's not-rejected lines count as
// received in full on the credit note's date, then INVOICED, as staff do it (invoice-rma.ts).
type TRma = { id: number; number: string; customerId: number; status: string };

export const invoicesHandler: TEntityHandler<TInvoiceRow> = {
  keyOf: (raw) => raw.number,
  async apply(tx, rows) {
    const customers = await resolveCustomers(
      tx,
      rows.map((r) => r.row.customerNumber),
    );
    const rmaNumbers = rows.flatMap((r) => (r.row.rmaNumber ? [r.row.rmaNumber] : []));
    const rmas = await selectForUpdate<TRma>(tx, "Rma", "number", rmaNumbers, [
      "id",
      "number",
      "customerId",
      "status",
    ]);
    const rmaByNumber = new Map(rmas.map((r) => [r.number, r]));
    await selectForUpdate(
      tx,
      "Invoice",
      "number",
      rows.map((r) => r.key),
      ["id"],
    );
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    const receivedOn = new Map<number, string>();
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
      if (rma && (!receivedOn.has(rma.id) || row.invoiceDate < receivedOn.get(rma.id)!))
        receivedOn.set(rma.id, row.invoiceDate);
      records.push({
        number: row.number,
        customerId,
        kind: row.kind,
        invoiceDate: row.invoiceDate,
        dueDate: row.dueDate,
        amount: row.amount,
        rmaId: rma?.id ?? null,
      });
    }
    const written = await upsertRecords(
      tx,
      {
        table: "Invoice",
        key: "number",
        columns: {
          number: "text",
          customerId: "integer",
          kind: '"InvoiceKind"',
          invoiceDate: "date",
          dueDate: "date",
          amount: "numeric",
          rmaId: "integer",
        },
      },
      records,
    );
    for (const rma of rmas) {
      const date = receivedOn.get(rma.id);
      if (date && rma.status !== "INVOICED")
        await invoiceRma(tx, { actorUserId: null, actorRole: "ERP" }, rma, { receivedOn: date });
    }
    return { ...splitOutcomes(written), rejected };
  },
};
