import { addDays, dateOnly, todayIso } from "@/lib/dates";
import type { TDb } from "@/lib/db/client";
import { ARTICLES } from "./catalogue";
import type { TRandom } from "./random";

const SALES_REPS = ["Heesen J.", "de Boer M.", "Claes P.", "Verbeek R."];

// Open (not fully delivered) order lines: with and without expected dates, some moved later.
export async function seedOpenOrders(
  db: TDb,
  random: TRandom,
  customerId: number,
  erpNumber: string,
  count: number,
) {
  const today = todayIso();
  let order = 9202600;
  for (let i = 0; i < count; i++) {
    if (random.chance(0.6)) order += random.int(1, 30);
    const article = random.pick(ARTICLES);
    const ordered = random.int(1, 12);
    const delivered = random.chance(0.3) ? random.int(0, ordered - 1) : 0;
    const hasDate = random.chance(0.7);
    const expected = hasDate ? addDays(today, random.int(-3, 60)) : null;
    const moved = hasDate && random.chance(0.25);
    const line = await db.openOrderLine.create({
      data: {
        customerId,
        erpKey: `${erpNumber}-VVO${order}-${i}`,
        salesOrderNumber: `VVO${order}`,
        orderDate: dateOnly(addDays(today, -random.int(1, 90))),
        salesRep: random.pick(SALES_REPS),
        customerPoNumber: random.chance(0.3)
          ? ""
          : `${random.int(5000, 5999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
        articleNumber: article.articleNumber,
        deliverArticleNumber: random.chance(0.15)
          ? random.pick(ARTICLES).articleNumber
          : article.articleNumber,
        articleName: article.name,
        quantityOrdered: ordered,
        quantityDelivered: delivered,
        expectedDate: expected ? dateOnly(expected) : null,
        expectedDateChangedAt: moved ? new Date(Date.now() - 86_400_000) : null,
      },
    });
    if (moved && expected) {
      const previous = addDays(expected, -random.int(3, 14));
      await db.expectedDateChange.createMany({
        data: [
          {
            openOrderLineId: line.id,
            previousDate: null,
            newDate: dateOnly(previous),
            source: "ERP",
            createdAt: new Date(Date.now() - 10 * 86_400_000),
          },
          {
            openOrderLineId: line.id,
            previousDate: dateOnly(previous),
            newDate: dateOnly(expected),
            source: "ERP",
            createdAt: new Date(Date.now() - 86_400_000),
          },
        ],
      });
    }
  }
}
