import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { type TWarrantyClaimForm, type TWarrantyClaimInput, ZWarrantyClaimSchema } from "./schema";

// Test data for the warranty tests: a dealer company with one user, and a valid claim form.
export async function createDealer(erpNumber: string) {
  const customer = await db.customer.create({
    data: { erpNumber, name: `Garage ${erpNumber}`, language: "nl" },
  });
  const user = await db.user.create({
    data: {
      email: `${erpNumber}@dealer.test`,
      name: `Dealer ${erpNumber}`,
      customerId: customer.id,
      language: "nl",
    },
  });
  return { userId: user.id, customerId: customer.id };
}

export function validClaimForm(overrides: Partial<TWarrantyClaimForm> = {}): TWarrantyClaimForm {
  return {
    idempotencyKey: randomUUID(),
    articleNumber: "WG1803348",
    serialNumber: "SN448811",
    salesOrderNumber: "MVO9203201",
    quantity: "1",
    vehicleMake: "Volkswagen",
    vehicleModel: "Golf 1.6 TDI",
    vehicleYear: "2016",
    vin: "WVWZZZ1KZGW123456",
    engineCode: "CAYC",
    mileageAtFitting: "120000",
    mileageAtFailure: "131500",
    fittingDate: "2026-01-10",
    failureDate: "2026-11-01",
    fittedBy: "Garage Dupont",
    complaint: "Turbo fluit en verliest olie aan de compressorzijde.",
    checksDone: ["oilPressure", "airFilter"],
    ...overrides,
  };
}

/** The valid claim form as the action passes it on, parsed. */
export function validClaim(overrides: Partial<TWarrantyClaimForm> = {}): TWarrantyClaimInput {
  return ZWarrantyClaimSchema.parse(validClaimForm(overrides));
}
