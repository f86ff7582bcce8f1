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
