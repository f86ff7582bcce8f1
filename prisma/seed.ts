import type { TDb } from "@/lib/db/client";
import { seedBase } from "./seed/base";
import { seedDeliveries } from "./seed/deliveries";
import { seedInvoices } from "./seed/invoices";
import { seedOpenOrders } from "./seed/orders";
import { createRandom } from "./seed/random";
import { seedReturns } from "./seed/returns";
import { seedWarranty } from "./seed/warranty";

// The demo: DESIGN.md's accounts and a year of realistic data, dates relative to today.
// Returns false when the database already holds customers (it never seeds twice).
export async function seedDemo(db: TDb): Promise<boolean> {
  if ((await db.customer.count()) > 0) return false;
  const random = createRandom(20261128);
  const base = await seedBase(db);
  const dupontLines = await seedDeliveries(db, random, base.dupont.id, base.dupont.erpNumber, 340);
  const otherLines = await seedDeliveries(db, random, base.other.id, base.other.erpNumber, 60);
  await seedReturns(db, random, base.dupont.id, base.dealer.id, dupontLines);
  await seedReturns(db, random, base.other.id, base.otherUser.id, otherLines, [
    { daysAgo: 4, status: "OPEN", lines: [{ outcome: "EXPECTED" }] },
  ]);
  await seedWarranty(db, random, base.dupont.id, base.dealer.id, dupontLines);
  await seedOpenOrders(db, random, base.dupont.id, base.dupont.erpNumber, 30);
  await seedOpenOrders(db, random, base.other.id, base.other.erpNumber, 5);
  await seedInvoices(db, random, base.dupont.id, base.dupont.erpNumber, 16);
  await seedInvoices(db, random, base.other.id, base.other.erpNumber, 4);
  return true;
}
