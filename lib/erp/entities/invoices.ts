import "server-only";
import { fromCents, toCents } from "@/lib/invoices/open-amount";
import { invoiceRma } from "@/lib/staff/returns/invoice-rma";
import type { TEntityHandler } from "../batch";
import { auditMoves, checkOwner, withOwnerNumbers } from "../merge";
import { rowError, type TRowError } from "../row-errors";
import type { TInvoiceRow, TRejectedRow } from "../schema";
import { resolveCustomers, selectForUpdate, upsertRecords } from "../upsert-sql";

// Invoices and credit notes by number. paidAmount and settled are the database's (trigger on
// "Invoice": settled follows the amount against the payments booked). An invoice is positive, a
// credit note negative; an amount is never lowered below what is paid. A credit note naming an
// RMA links it and is the ERP's word that the goods came back: the RMA's not-rejected lines count
// as received in full on the credit note's date, then INVOICED, as staff do it (invoice-rma.ts).
// A moved invoice takes its payments and its PDF along; one a return or claim refers to stays.
type TRma = { id: number; number: string; customerId: number; status: string };
type TStored = {
  id: number;
  number: string;
  customerId: number;
  kind: "INVOICE" | "CREDIT_NOTE";
  amount: { toString(): string };
  paidAmount: { toString(): string };
  rmaId: number | null;
  claimId: number | null;
  documentId: number | null;
};

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
    const locked = await selectForUpdate<TStored>(
      tx,
      "Invoice",
      "number",
      rows.map((r) => r.key),
      ["id", "number", "customerId", "kind", "amount", "paidAmount", "rmaId", "claimId", "documentId"],
    );
    const byNumber = new Map((await withOwnerNumbers(tx, locked)).map((s) => [s.number, s]));
    const linkedIds = locked.flatMap((s) => (s.rmaId ? [s.rmaId] : []));
    const invoicedRmaIds = new Set(
      (
        await tx.rma.findMany({ where: { id: { in: linkedIds }, status: "INVOICED" }, select: { id: true } })
      ).map((r) => r.id),
    );
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    const moves: Parameters<typeof auditMoves>[3] = [];
    const movedDocuments: { documentId: number; customerId: number }[] = [];
    const receivedOn = new Map<number, string>();
    for (const { index, key, row } of rows) {
      const customerId = customers.get(row.customerNumber);
      const existing = byNumber.get(key);
      const errors: TRowError[] = [];
      if (customerId === undefined)
        errors.push(
          rowError("customerNumber", "unknown_customer", `unknown customer "${row.customerNumber}"`),
        );
      const owner = customerId === undefined ? undefined : checkOwner(existing, customerId, row);
      if (owner?.kind === "refused") errors.push(owner.error);
      if (owner?.kind === "move" && (existing?.rmaId || existing?.claimId))
        errors.push(
          rowError(
            "moveFromCustomer",
            "move_refused",
            "a return or warranty claim refers to this invoice; it cannot move",
          ),
        );
      const kind = row.kind ?? (row.kind === null ? "INVOICE" : (existing?.kind ?? "INVOICE"));
      const rma = row.rmaNumber ? rmaByNumber.get(row.rmaNumber) : undefined;
      if (row.rmaNumber && (!rma || (customerId !== undefined && rma.customerId !== customerId)))
        errors.push(rowError("rmaNumber", "unknown_rma", `unknown RMA "${row.rmaNumber}" for this customer`));
      const rmaId = row.rmaNumber === undefined ? (existing?.rmaId ?? null) : (rma?.id ?? null);
      if (existing?.rmaId && invoicedRmaIds.has(existing.rmaId) && rmaId !== existing.rmaId)
        errors.push(
          rowError(
            "rmaNumber",
            "rma_invoiced",
            "the RMA this credit note invoiced cannot be unlinked or replaced",
          ),
        );
      if (rmaId !== null && kind !== "CREDIT_NOTE")
        errors.push(rowError("rmaNumber", "inconsistent", "only a CREDIT_NOTE can refer to an RMA"));
      const sign = kind === "CREDIT_NOTE" ? -1n : 1n;
      const amount = toCents(row.amount) * sign;
      if (amount <= 0n)
        errors.push(
          rowError(
            "amount",
            "wrong_sign",
            kind === "CREDIT_NOTE" ? "must be below 0 for a CREDIT_NOTE" : "must be above 0 for an INVOICE",
          ),
        );
      else if (
        existing &&
        amount < toCents(existing.amount) * sign &&
        amount < toCents(existing.paidAmount) * sign
      )
        errors.push(
          rowError(
            "amount",
            "below_paid",
            `must not be below what is already paid (${fromCents(toCents(existing.paidAmount))})`,
          ),
        );
      if (errors.length || customerId === undefined) {
        rejected.push({ index, key, errors });
        continue;
      }
      if (owner?.kind === "move") {
        moves.push({ key, from: owner.from, to: row.customerNumber, toCustomerId: customerId });
        if (existing?.documentId) movedDocuments.push({ documentId: existing.documentId, customerId });
      }
      if (rma && (!receivedOn.has(rma.id) || row.invoiceDate < receivedOn.get(rma.id)!))
        receivedOn.set(rma.id, row.invoiceDate);
      records.push({
        number: row.number,
        customerId,
        kind,
        invoiceDate: row.invoiceDate,
        dueDate: row.dueDate,
        amount: row.amount,
        rmaId,
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
    for (const { documentId, customerId } of movedDocuments)
      await tx.document.updateMany({ where: { id: documentId, claimId: null }, data: { customerId } });
    await auditMoves(tx, "invoices", "Invoice", moves);
    for (const rma of rmas) {
      const date = receivedOn.get(rma.id);
      if (date && rma.status !== "INVOICED")
        await invoiceRma(tx, { actorUserId: null, actorRole: "ERP" }, rma, { receivedOn: date });
    }
    return { ...written, rejected };
  },
};
