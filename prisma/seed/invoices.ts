import { createHash } from "node:crypto";
import { addDays, dateOnly, todayIso } from "@/lib/dates";
import type { TDb } from "@/lib/db/client";
import { getAttachmentStore, newStorageKey } from "@/lib/storage/store";
import type { TRandom } from "./random";
import { simplePdf } from "./simple-pdf";

// Invoices in every shape the unpaid page shows: unpaid and partly paid not yet due, due today,
// overdue in every age bucket, paid (not listed), several partial payments, an overpayment and an
// unsettled credit note. Amounts are integer cents, so payments add up exactly; the paid amount and
// settled follow the payments (database trigger).
type TShape = "unpaid" | "partly" | "paid" | "twoPartial" | "creditNote" | "dueToday" | "overpaid";
const FIXED: TShape[] = ["unpaid", "partly", "paid", "creditNote", "dueToday", "overpaid"];
const CYCLE: TShape[] = ["unpaid", "partly", "paid", "twoPartial", "unpaid"];

const cents = (value: number) => (value / 100).toFixed(2);

function paymentsOf(shape: TShape, amount: number): number[] {
  if (shape === "partly") return [Math.round(amount * 0.4)];
  if (shape === "paid") return [amount];
  if (shape === "twoPartial") return [Math.round(amount * 0.25), Math.round(amount * 0.25)];
  if (shape === "overpaid") return [amount + 1250];
  return [];
}

async function storeInvoiceDocument(
  db: TDb,
  customerId: number,
  number: string,
  creditNote: boolean,
  amount: string,
) {
  const pdf = simplePdf([`${creditNote ? "Creditnota" : "Factuur"} ${number}`, "", `Bedrag: EUR ${amount}`]);
  const storageKey = newStorageKey();
  await getAttachmentStore().put(storageKey, pdf, "application/pdf");
  return db.document.create({
    data: {
      customerId,
      kind: creditNote ? "CREDIT_NOTE" : "INVOICE",
      source: "ERP",
      fileName: `${number}.pdf`,
      contentType: "application/pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      storageKey,
    },
  });
}

export async function seedInvoices(
  db: TDb,
  random: TRandom,
  customerId: number,
  erpNumber: string,
  count: number,
) {
  const today = todayIso();
  const yy = String(new Date().getUTCFullYear() % 100);
  for (let i = 0; i < count; i++) {
    const shape = FIXED[i] ?? CYCLE[i % CYCLE.length]!;
    const invoiceDate =
      shape === "dueToday"
        ? addDays(today, -30)
        : addDays(today, -Math.floor((i / count) * 150) - random.int(0, 3));
    const amount = random.int(3000, 250000);
    const creditNote = shape === "creditNote";
    const payments = paymentsOf(shape, amount);
    const number = `MVF${yy}${String(2000 + i + customerId * 100).padStart(5, "0")}`;
    const signed = cents(creditNote ? -amount : amount);
    const document = i < 4 ? await storeInvoiceDocument(db, customerId, number, creditNote, signed) : null;
    const invoice = await db.invoice.create({
      data: {
        customerId,
        number,
        kind: creditNote ? "CREDIT_NOTE" : "INVOICE",
        documentId: document?.id,
        invoiceDate: dateOnly(invoiceDate),
        dueDate: dateOnly(addDays(invoiceDate, 30)),
        amount: signed,
      },
    });
    for (const [index, payment] of payments.entries()) {
      await db.payment.create({
        data: {
          invoiceId: invoice.id,
          erpKey: `${erpNumber}-${invoice.number}-P${index}`,
          amount: cents(payment),
          paidOn: dateOnly(addDays(invoiceDate, 10 + index * 7)),
          overpayment: shape === "overpaid",
        },
      });
    }
  }
}
