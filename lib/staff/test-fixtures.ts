import { addDays, dateOnly, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { TStaffContext } from "./context";

// Rows the staff tests need, created straight in the test database.
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createStaffAndDealer() {
  const customer = await db.customer.create({
    data: { erpNumber: `T${unique()}`, name: "Garage Test", language: "nl" },
  });
  const staffUser = await db.user.create({
    data: { email: `staff-${unique()}@test.test`, name: "Stef Staff", role: "STAFF" },
  });
  const dealerUser = await db.user.create({
    data: {
      email: `dealer-${unique()}@test.test`,
      name: "Dirk Dealer",
      customerId: customer.id,
      language: "nl",
    },
  });
  const staff: TStaffContext = { userId: staffUser.id, role: "STAFF" };
  const dealer: TStaffContext = { userId: dealerUser.id, role: "DEALER" };
  return { customer, staffUser, dealerUser, staff, dealer };
}

export async function createReason() {
  const code = `R${unique()}`;
  return db.returnReason.create({
    data: { code, labelNl: "Verkeerd besteld", labelFr: "Erreur", labelEn: "Wrong order", labelDe: "Falsch" },
  });
}

export async function createDeliveredLine(customerId: number, quantityDelivered: number) {
  return db.deliveredLine.create({
    data: {
      customerId,
      erpKey: `DL-${unique()}`,
      salesOrderNumber: "MVO9203201",
      articleNumber: "WG1803348",
      articleName: "Turbo",
      netUnitPrice: "100.00",
      quantityOrdered: quantityDelivered,
      quantityDelivered,
      deliveryDate: dateOnly(addDays(todayIso(), -20)),
    },
  });
}

/** An OPEN RMA whose lines are in request on their delivered lines (the database keeps the counters). */
export async function createOpenRma(
  customerId: number,
  createdById: number,
  lines: Array<{ delivered: number; expected: number }>,
) {
  const reason = await createReason();
  const rma = await db.rma.create({
    data: {
      number: `IRM26${String(counter++).padStart(5, "0")}${unique().slice(-3)}`,
      customerId,
      createdById,
      idempotencyKey: unique(),
      surcharge: "2.50",
    },
  });
  const created = [];
  for (const spec of lines) {
    const delivered = await createDeliveredLine(customerId, spec.delivered);
    const line = await db.rmaLine.create({
      data: {
        rmaId: rma.id,
        deliveredLineId: delivered.id,
        reasonId: reason.id,
        quantityExpected: spec.expected,
      },
    });
    created.push({ line, delivered });
  }
  return { rma, lines: created };
}

export async function createClaim(customerId: number, createdById: number) {
  return db.warrantyClaim.create({
    data: {
      number: `MAS${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
      customerId,
      createdById,
      idempotencyKey: unique(),
      articleNumber: "WG1803348",
      serialNumber: "SN-1",
      vehicleMake: "VW",
      vehicleModel: "Golf",
      complaint: "Oil leak",
      checksDone: [],
    },
  });
}
