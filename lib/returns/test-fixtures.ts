import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { addDays, dateOnly, todayIso } from "@/lib/dates";
import { DEFAULT_RETURN_SURCHARGE } from "./return-surcharge";

// Test data for the returns tests: a company with a user, settings, reasons and delivered lines.
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function seedReturnReasons() {
  await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1, returnSurcharge: DEFAULT_RETURN_SURCHARGE, returnAddress: "Retouren · Industrieweg 12 · Rotterdam" } });
  const reasons = [];
  for (const [i, code] of ["DEFECT", "WRONG_ORDERED", "OLD"].entries()) {
    reasons.push(
      await db.returnReason.upsert({
        where: { code },
        update: {},
        create: { code, labelNl: `Reden ${code}`, labelFr: `Raison ${code}`, labelEn: `Reason ${code}`, labelDe: `Grund ${code}`, sortOrder: i, active: code !== "OLD" },
      }),
    );
  }
  return { defect: reasons[0]!, wrongOrdered: reasons[1]!, inactive: reasons[2]! };
}

export async function seedCompany(options: { specialOrderReturnsAllowed?: boolean; carrier?: "NIGHT_CARRIER" | "PARCEL_SERVICE" } = {}) {
  const tag = unique();
  const customer = await db.customer.create({
    data: { erpNumber: `T${tag}`, name: `Garage ${tag}`, carrier: options.carrier ?? "NIGHT_CARRIER", specialOrderReturnsAllowed: options.specialOrderReturnsAllowed ?? false, street: "Havenstraat 1", postalCode: "3011 AB", city: "Rotterdam" },
  });
  const user = await db.user.create({ data: { email: `u-${tag}@test.test`, name: `User ${tag}`, customerId: customer.id, language: "nl" } });
  return { customer, user, tenant: { userId: user.id, customerId: customer.id } };
}

export async function seedLine(customerId: number, data: { delivered?: number; returned?: number; inRequest?: number; specialOrder?: boolean; daysAgo?: number; article?: string } = {}) {
  const tag = unique();
  return db.deliveredLine.create({
    data: {
      customerId, erpKey: `L-${tag}`, salesOrderNumber: `MVO${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      articleNumber: data.article ?? `WG${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`, externalArticleNumbers: `852915-${tag.slice(0, 4)}`,
      articleName: "Turbolader", netUnitPrice: "412.50", quantityOrdered: data.delivered ?? 5, quantityDelivered: data.delivered ?? 5,
      quantityReturned: data.returned ?? 0, quantityInRequest: data.inRequest ?? 0, specialOrder: data.specialOrder ?? false,
      deliveryDate: dateOnly(addDays(todayIso(), -(data.daysAgo ?? 10))),
    },
  });
}

export function requestFor(lines: Array<{ id: number; quantity?: number; reasonId: number }>, extra: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    lines: lines.map((l) => ({ deliveredLineId: l.id, quantity: l.quantity ?? 1, reasonId: l.reasonId })),
    reference: "",
    remarks: "",
    copyEmail: "",
    acceptTerms: true,
    ...extra,
  };
}
