import { randomUUID } from "node:crypto";
import { addDays, dateOnly, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { DEFAULT_RETURN_SURCHARGE } from "./return-surcharge";
import type { TReturnRequest } from "./schema";

// Test data for the returns tests: a company with a user, settings, reasons and delivered lines.
let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function seedReturnReasons() {
  await db.portalSettings.upsert({
    where: { id: 1 },
    update: {},
    create: {
      id: 1,
      returnSurcharge: DEFAULT_RETURN_SURCHARGE,
      returnAddress: "Retouren · Industrieweg 12 · Rotterdam",
    },
  });
  const reasons = [];
  for (const [i, code] of ["DEFECT", "WRONG_ORDERED", "OLD", "TRANSPORT_DAMAGE"].entries()) {
    reasons.push(
      await db.returnReason.upsert({
        where: { code },
        update: {},
        create: {
          code,
          labelNl: `Reden ${code}`,
          labelFr: `Raison ${code}`,
          labelEn: `Reason ${code}`,
          labelDe: `Grund ${code}`,
          sortOrder: i,
          active: code !== "OLD",
          asksForEvidence: code === "TRANSPORT_DAMAGE",
        },
      }),
    );
  }
  return {
    defect: reasons[0]!,
    wrongOrdered: reasons[1]!,
    inactive: reasons[2]!,
    transportDamage: reasons[3]!,
  };
}

export async function seedCompany(
  options: { specialOrderReturnsAllowed?: boolean; carrier?: "NIGHT_CARRIER" | "PARCEL_SERVICE" } = {},
) {
  const tag = unique();
  const customer = await db.customer.create({
    data: {
      erpNumber: `T${tag}`,
      name: `Garage ${tag}`,
      carrier: options.carrier ?? "NIGHT_CARRIER",
      specialOrderReturnsAllowed: options.specialOrderReturnsAllowed ?? false,
      street: "Havenstraat 1",
      postalCode: "3011 AB",
      city: "Rotterdam",
    },
  });
  const user = await db.user.create({
    data: { email: `u-${tag}@test.test`, name: `User ${tag}`, customerId: customer.id, language: "nl" },
  });
  return { customer, user, tenant: { userId: user.id, customerId: customer.id } };
}

export async function seedLine(
  customerId: number,
  data: {
    delivered?: number;
    returned?: number;
    inRequest?: number;
    specialOrder?: boolean;
    daysAgo?: number;
    article?: string;
  } = {},
) {
  const tag = unique();
  const line = await db.deliveredLine.create({
    data: {
      customerId,
      erpKey: `L-${tag}`,
      salesOrderNumber: `MVO${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      articleNumber: data.article ?? `WG${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
      externalArticleNumbers: `852915-${tag.slice(0, 4)}`,
      articleName: "Turbolader",
      netUnitPrice: "412.50",
      quantityOrdered: data.delivered ?? 5,
      quantityDelivered: data.delivered ?? 5,
      specialOrder: data.specialOrder ?? false,
      deliveryDate: dateOnly(addDays(todayIso(), -(data.daysAgo ?? 10))),
    },
  });
  if (!data.returned && !data.inRequest) return line;
  await seedReturnHistory(line.id, { returned: data.returned, inRequest: data.inRequest });
  return db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } });
}

/**
 * Earlier returns of a delivered line, as RMAs: `returned` units received on a CLOSED RMA and
 * `inRequest` units expected on an OPEN one (the database derives the line's counters from them).
 */
export async function seedReturnHistory(
  deliveredLineId: number,
  counts: { returned?: number; inRequest?: number },
) {
  const line = await db.deliveredLine.findUniqueOrThrow({
    where: { id: deliveredLineId },
    select: { customerId: true },
  });
  const tag = unique();
  const user =
    (await db.user.findFirst({ where: { customerId: line.customerId }, select: { id: true } })) ??
    (await db.user.create({
      data: { email: `history-${tag}@test.test`, name: "History", customerId: line.customerId },
    }));
  const reason = await db.returnReason.upsert({
    where: { code: "FIXTURE_HISTORY" },
    update: {},
    create: {
      code: "FIXTURE_HISTORY",
      labelNl: "Eerder",
      labelFr: "Avant",
      labelEn: "Earlier",
      labelDe: "Früher",
      active: false,
    },
  });
  const rma = (status: "OPEN" | "CLOSED", rmaLine: Record<string, unknown> & { quantityExpected: number }) =>
    db.rma.create({
      data: {
        number: `IRM${tag}${status[0]}`,
        customerId: line.customerId,
        createdById: user.id,
        idempotencyKey: `history-${tag}-${status}`,
        surcharge: "2.50",
        status,
        closedAt: status === "CLOSED" ? new Date() : null,
        lines: { create: [{ deliveredLineId, reasonId: reason.id, ...rmaLine }] },
      },
    });
  if (counts.returned) {
    await rma("CLOSED", {
      quantityExpected: counts.returned,
      quantityReceived: counts.returned,
      receivedAt: dateOnly(todayIso()),
      status: "RECEIVED",
    });
  }
  if (counts.inRequest) await rma("OPEN", { quantityExpected: counts.inRequest });
}

export function requestFor(
  lines: Array<{ id: number; quantity?: number; reasonId: number }>,
  extra: Partial<TReturnRequest> = {},
): TReturnRequest {
  return {
    idempotencyKey: randomUUID(),
    lines: lines.map((l) => ({ deliveredLineId: l.id, quantity: l.quantity ?? 1, reasonId: l.reasonId })),
    reference: "",
    remarks: "",
    copyEmail: "",
    acceptTerms: true,
    parcelCount: 1,
    weightKg: null,
    ...extra,
  };
}
