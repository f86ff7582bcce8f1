import { addDays, dateOnly, todayIso } from "@/lib/dates";
import type { TDb } from "@/lib/db/client";
import { nextDocumentNumber } from "@/lib/numbers/next-number";
import { PORTAL_SETTINGS } from "./base";
import type { TRandom } from "./random";

type TLine = {
  id: number;
  quantityDelivered: number;
  netUnitPrice: { toString(): string };
  specialOrder: boolean;
  deliveryDate: Date;
};
type TPlan = {
  daysAgo: number;
  status: "OPEN" | "CLOSED" | "INVOICED";
  lines: Array<{ outcome: "EXPECTED" | "FULL" | "PARTIAL" | "REJECTED" | "INVOICED" }>;
};

// RMAs in every status; each delivered line's returned / in-request counters follow its RMA lines
// (database trigger). Credit notes are booked paid, as staff do it (a payment of the full amount).
const PLANS: TPlan[] = [
  { daysAgo: 1, status: "OPEN", lines: [{ outcome: "EXPECTED" }, { outcome: "EXPECTED" }] },
  { daysAgo: 12, status: "OPEN", lines: [{ outcome: "EXPECTED" }] },
  {
    daysAgo: 35,
    status: "CLOSED",
    lines: [{ outcome: "FULL" }, { outcome: "PARTIAL" }, { outcome: "REJECTED" }],
  },
  { daysAgo: 80, status: "INVOICED", lines: [{ outcome: "INVOICED" }, { outcome: "INVOICED" }] },
  { daysAgo: 190, status: "INVOICED", lines: [{ outcome: "INVOICED" }] },
];

export async function seedReturns(
  db: TDb,
  random: TRandom,
  customerId: number,
  userId: number,
  lines: TLine[],
  plans = PLANS,
) {
  const reasons = await db.returnReason.findMany({ orderBy: { sortOrder: "asc" } });
  const today = todayIso();
  const candidates = lines.filter((l) => !l.specialOrder && l.quantityDelivered >= 2);
  let cursor = 3;
  for (const [planIndex, plan] of plans.entries()) {
    const createdAt = new Date(`${addDays(today, -plan.daysAgo)}T09:30:00Z`);
    await db.$transaction(async (tx) => {
      const number = await nextDocumentNumber(tx, "RMA", createdAt);
      const rma = await tx.rma.create({
        data: {
          number,
          customerId,
          createdById: userId,
          idempotencyKey: `seed-${customerId}-${planIndex}`,
          status: plan.status,
          reference: random.chance(0.5) ? `WB-${random.int(1000, 9999)}` : "",
          surcharge: PORTAL_SETTINGS.returnSurcharge,
          createdAt,
          closedAt: plan.status === "OPEN" ? null : new Date(createdAt.getTime() + 7 * 86_400_000),
        },
      });
      let creditTotal = 0;
      for (const planned of plan.lines) {
        const line = candidates.find((l, i) => i >= cursor && l.deliveryDate < createdAt)!;
        cursor = candidates.indexOf(line) + 2;
        const expected = Math.min(line.quantityDelivered, planned.outcome === "PARTIAL" ? 2 : 1);
        const received =
          planned.outcome === "EXPECTED"
            ? null
            : planned.outcome === "REJECTED"
              ? 0
              : planned.outcome === "PARTIAL"
                ? expected - 1
                : expected;
        const status =
          planned.outcome === "EXPECTED"
            ? "EXPECTED"
            : planned.outcome === "REJECTED"
              ? "REJECTED"
              : planned.outcome === "INVOICED"
                ? "INVOICED"
                : "RECEIVED";
        await tx.rmaLine.create({
          data: {
            rmaId: rma.id,
            deliveredLineId: line.id,
            reasonId: random.pick(reasons).id,
            quantityExpected: expected,
            quantityReceived: received,
            receivedAt: received === null ? null : dateOnly(addDays(today, -plan.daysAgo + 5)),
            status,
            rejectionReason: status === "REJECTED" ? "Onderdeel gebruikt / inbouwsporen" : null,
            createdAt,
          },
        });
        creditTotal += (received ?? 0) * Number(line.netUnitPrice.toString());
      }
      if (plan.status === "INVOICED") {
        const invoiceDate = addDays(today, -plan.daysAgo + 9);
        const number = `MVF${String(new Date().getUTCFullYear() % 100)}${String(90000 + planIndex * 7 + customerId).slice(-5)}`;
        await tx.invoice.create({
          data: {
            customerId,
            number,
            kind: "CREDIT_NOTE",
            invoiceDate: dateOnly(invoiceDate),
            dueDate: dateOnly(invoiceDate),
            amount: (-creditTotal).toFixed(2),
            rmaId: rma.id,
            payments: {
              create: {
                erpKey: `portal:credit-note:${number}`,
                amount: (-creditTotal).toFixed(2),
                paidOn: dateOnly(invoiceDate),
              },
            },
          },
        });
      }
    });
  }
}
