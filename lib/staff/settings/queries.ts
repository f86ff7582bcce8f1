import "server-only";
import { db } from "@/lib/db/client";
import { returnSurchargeOf } from "@/lib/returns/return-surcharge";

export async function listReturnReasons() {
  return db.returnReason.findMany({
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      code: true,
      labelNl: true,
      labelFr: true,
      labelEn: true,
      labelDe: true,
      active: true,
      sortOrder: true,
      asksForEvidence: true,
      _count: { select: { rmaLines: true } },
    },
  });
}

export async function getPortalSettings() {
  const row = await db.portalSettings.findUnique({
    where: { id: 1 },
    select: { returnSurcharge: true, termsUrl: true, warrantyManualUrl: true, returnAddress: true },
  });
  return {
    returnSurcharge: returnSurchargeOf(row),
    termsUrl: row?.termsUrl ?? "/terms",
    warrantyManualUrl: row?.warrantyManualUrl ?? "/warranty-manual",
    returnAddress: row?.returnAddress ?? "",
  };
}

/** Every carrier with its label name and tracking number range (null: none set yet). */
export async function listCarrierRanges() {
  const rows = await db.carrierNumberRange.findMany({
    select: { carrier: true, name: true, prefix: true, nextValue: true, lastValue: true },
  });
  const byCarrier = new Map(rows.map((r) => [r.carrier, r]));
  return (["NIGHT_CARRIER", "PARCEL_SERVICE", "OWN_TRANSPORT"] as const).map((carrier) => ({
    carrier,
    range: byCarrier.get(carrier) ?? null,
  }));
}
