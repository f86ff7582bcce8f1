import type { TDb } from "@/lib/db/client";
import { addDays, dateOnly, todayIso } from "@/lib/dates";
import type { TRandom } from "./random";

// Invoices with partial payments, overdue ones, paid ones and an unsettled credit note.
export async function seedInvoices(db: TDb, random: TRandom, customerId: number, erpNumber: string, count: number) {
  const today = todayIso();
  const yy = String(new Date().getUTCFullYear() % 100);
  for (let i = 0; i < count; i++) {
    const invoiceDate = addDays(today, -Math.floor((i / count) * 150) - random.int(0, 3));
    const amount = (random.int(3000, 250000) / 100).toFixed(2);
    const kind = i === 3 ? "CREDIT_NOTE" : "INVOICE";
    const signed = kind === "CREDIT_NOTE" ? `-${amount}` : amount;
    const paymentShape = i % 5; // 0: unpaid, 1: partly paid, 2: paid, 3: two partial payments, 4: unpaid
    const payments = kind === "CREDIT_NOTE" ? [] : paymentShape === 1 ? [Number(amount) * 0.4] : paymentShape === 2 ? [Number(amount)] : paymentShape === 3 ? [Number(amount) * 0.25, Number(amount) * 0.25] : [];
    const paid = payments.reduce((sum, p) => sum + Math.round(p * 100), 0) / 100;
    const invoice = await db.invoice.create({
      data: {
        customerId, number: `MVF${yy}${String(2000 + i + customerId * 100).padStart(5, "0")}`, kind,
        invoiceDate: dateOnly(invoiceDate), dueDate: dateOnly(addDays(invoiceDate, 30)), amount: signed,
        paidAmount: paid.toFixed(2), settled: kind === "INVOICE" && paid.toFixed(2) === amount,
      },
    });
    for (const [index, payment] of payments.entries()) {
      await db.payment.create({
        data: { invoiceId: invoice.id, erpKey: `${erpNumber}-${invoice.number}-P${index}`, amount: (Math.round(payment * 100) / 100).toFixed(2), paidOn: dateOnly(addDays(invoiceDate, 10 + index * 7)) },
      });
    }
  }
}
