import "server-only";
import { db } from "@/lib/db/client";
import { returnSurchargeOf } from "./return-surcharge";

// Reads of the return pages that are not grids (those are history-query.ts and status-query.ts).

/** What the confirmation step offers: the active return reasons and the surcharge and terms it shows. */
export async function getReturnFormOptions() {
  const [reasons, settings] = await Promise.all([
    db.returnReason.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        id: true,
        labelNl: true,
        labelFr: true,
        labelEn: true,
        labelDe: true,
        asksForEvidence: true,
      },
    }),
    db.portalSettings.findUnique({ where: { id: 1 }, select: { returnSurcharge: true, termsUrl: true } }),
  ]);
  return { reasons, surcharge: returnSurchargeOf(settings), termsUrl: settings?.termsUrl ?? null };
}

/** The dealer's just-created RMA for the "created" notice with its document links; null if not theirs. */
export async function findCreatedRma(customerId: number, number: string) {
  if (!/^IRM\d{7}$/.test(number)) return null;
  const rma = await db.rma.findFirst({
    where: { number, customerId },
    select: { number: true, customer: { select: { carrier: true } } },
  });
  return rma ? { number: rma.number, hasLabel: rma.customer.carrier === "NIGHT_CARRIER" } : null;
}
