import { addDays, dateOnly, todayIso } from "@/lib/dates";
import type { TDb } from "@/lib/db/client";
import { ARTICLES } from "./catalogue";
import type { TRandom } from "./random";

// Delivered order lines over the last 13 months, newest first in sales-order numbering.
export async function seedDeliveries(
  db: TDb,
  random: TRandom,
  customerId: number,
  erpNumber: string,
  count: number,
) {
  const today = todayIso();
  const rows = [];
  let salesOrder = 9203201;
  for (let i = 0; i < count; i++) {
    if (i === 0 || random.chance(0.55)) salesOrder -= random.int(1, 40);
    const article = random.pick(ARTICLES);
    const ordered = random.chance(0.8) ? random.int(1, 4) : random.int(5, 15);
    const daysAgo = Math.min(395, Math.floor((i / count) * 395) + random.int(0, 2));
    rows.push({
      customerId,
      erpKey: `${erpNumber}-MVO${salesOrder}-${i}`,
      salesOrderNumber: `MVO${salesOrder}`,
      customerPoNumber: random.chance(0.15)
        ? ""
        : random.chance(0.5)
          ? String(638000 + random.int(0, 999))
          : article.external.split(",")[0]!.trim(),
      specialOrder: random.chance(0.06),
      articleNumber: article.articleNumber,
      externalArticleNumbers: article.external,
      articleName: article.name,
      netUnitPrice: article.price,
      quantityOrdered: ordered,
      quantityDelivered: ordered,
      deliveryDate: dateOnly(addDays(today, -daysAgo)),
    });
  }
  await db.deliveredLine.createMany({ data: rows });
  return db.deliveredLine.findMany({ where: { customerId }, orderBy: { deliveryDate: "desc" } });
}
