import "server-only";
import { fromCents, toCents } from "@/lib/invoices/open-amount";
import type { TEntityHandler } from "../batch";
import { mergeOptional } from "../merge";
import { rowError, type TRowError } from "../row-errors";
import type { TPaymentRow, TRejectedRow } from "../schema";
import { selectForUpdate, upsertRecords } from "../upsert-sql";

// Payments by erpKey. Every invoice they touch (also the one a payment moved away from) follows
// in the database: paidAmount = the sum of its payments, settled by its rule (trigger on "Payment").
// A payment has the sign of its invoice (a refund of a credit note is negative) and pays at most
// what is open, unless it is flagged overpayment: then the invoice is settled with a credit
// balance. A payment stays with its invoice's customer.
type TInvoice = {
  id: number;
  number: string;
  customerId: number;
  kind: string;
  amount: { toString(): string };
};
type TStored = { erpKey: string; invoiceId: number; amount: { toString(): string }; overpayment: boolean };

export const paymentsHandler: TEntityHandler<TPaymentRow> = {
  keyOf: (raw) => raw.erpKey,
  async apply(tx, rows) {
    const stored = await selectForUpdate<TStored>(
      tx,
      "Payment",
      "erpKey",
      rows.map((r) => r.key),
      ["erpKey", "invoiceId", "amount", "overpayment"],
    );
    const byKey = new Map(stored.map((s) => [s.erpKey, s]));
    const invoices = await selectForUpdate<TInvoice>(
      tx,
      "Invoice",
      "number",
      rows.map((r) => r.row.invoiceNumber),
      ["id", "number", "customerId", "kind", "amount"],
    );
    const previous = stored.length
      ? await tx.invoice.findMany({
          where: { id: { in: stored.map((s) => s.invoiceId) } },
          select: { id: true, customerId: true },
        })
      : [];
    const customerOf = new Map([...invoices, ...previous].map((i) => [i.id, i.customerId]));
    const invoiceByNumber = new Map(invoices.map((i) => [i.number, i]));
    const sums = invoices.length
      ? await tx.payment.groupBy({
          by: ["invoiceId"],
          where: { invoiceId: { in: invoices.map((i) => i.id) } },
          _sum: { amount: true },
        })
      : [];
    const paid = new Map(sums.map((s) => [s.invoiceId, toCents(s._sum.amount ?? "0")]));
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    for (const { index, key, row } of rows) {
      const invoice = invoiceByNumber.get(row.invoiceNumber);
      const existing = byKey.get(key);
      if (!invoice) {
        rejected.push({
          index,
          key,
          errors: [rowError("invoiceNumber", "unknown_invoice", `unknown invoice "${row.invoiceNumber}"`)],
        });
        continue;
      }
      const { overpayment } = mergeOptional(row, existing, { overpayment: false });
      const errors: TRowError[] = [];
      if (existing && customerOf.get(existing.invoiceId) !== invoice.customerId)
        errors.push(
          rowError(
            "invoiceNumber",
            "owner_mismatch",
            "this payment belongs to an invoice of another customer; move the invoice, or post a new payment",
          ),
        );
      const sign = invoice.kind === "CREDIT_NOTE" ? -1n : 1n;
      const amount = toCents(row.amount);
      const unchanged = existing?.invoiceId === invoice.id && toCents(existing.amount) === amount;
      const before =
        (paid.get(invoice.id) ?? 0n) - (existing?.invoiceId === invoice.id ? toCents(existing.amount) : 0n);
      if (amount * sign < 0n)
        errors.push(
          rowError(
            "amount",
            "wrong_sign",
            invoice.kind === "CREDIT_NOTE"
              ? "must not be above 0 on a CREDIT_NOTE (a refund)"
              : "must not be below 0 on an INVOICE",
          ),
        );
      else if (!unchanged && !overpayment && (before + amount) * sign > toCents(invoice.amount) * sign)
        errors.push(
          rowError(
            "amount",
            "exceeds_open",
            `must not exceed what is open (${fromCents(toCents(invoice.amount) - before)}) unless overpayment is true`,
          ),
        );
      if (errors.length) {
        rejected.push({ index, key, errors });
        continue;
      }
      if (existing)
        paid.set(existing.invoiceId, (paid.get(existing.invoiceId) ?? 0n) - toCents(existing.amount));
      paid.set(invoice.id, (paid.get(invoice.id) ?? 0n) + amount);
      records.push({
        erpKey: row.erpKey,
        invoiceId: invoice.id,
        amount: row.amount,
        paidOn: row.paidOn,
        overpayment,
      });
    }
    const written = await upsertRecords(
      tx,
      {
        table: "Payment",
        key: "erpKey",
        columns: {
          erpKey: "text",
          invoiceId: "integer",
          amount: "numeric",
          paidOn: "date",
          overpayment: "boolean",
        },
      },
      records,
    );
    return { ...written, rejected };
  },
};
