import { createHash } from "node:crypto";
import type { TDb } from "@/lib/db/client";
import { nextDocumentNumber } from "@/lib/numbers/next-number";
import { getAttachmentStore, newStorageKey } from "@/lib/storage/store";
import type { TRandom } from "./random";
import { simplePdf } from "./simple-pdf";

type TStatus = "RECEIVED" | "IN_TREATMENT" | "AWARDED" | "REFUSED";
const PLANS: Array<{ daysAgo: number; status: TStatus }> = [
  { daysAgo: 2, status: "RECEIVED" },
  { daysAgo: 15, status: "IN_TREATMENT" },
  { daysAgo: 60, status: "AWARDED" },
  { daysAgo: 120, status: "REFUSED" },
];
const PATH: Record<TStatus, TStatus[]> = {
  RECEIVED: ["RECEIVED"],
  IN_TREATMENT: ["RECEIVED", "IN_TREATMENT"],
  AWARDED: ["RECEIVED", "IN_TREATMENT", "AWARDED"],
  REFUSED: ["RECEIVED", "IN_TREATMENT", "REFUSED"],
};

const REACTIONS: Partial<Record<TStatus, string>> = {
  AWARDED: "Garantie toegekend: de turbo had een productiefout in de lagering. Een creditnota volgt.",
  REFUSED: "Garantie afgewezen: de lagering is beschadigd door oliegebrek; dat valt niet onder de garantie.",
};

async function storeReaction(number: string, status: TStatus, text: string) {
  const pdf = simplePdf([
    `Reactie op garantieaanvraag ${number}`,
    "",
    `Status: ${status === "AWARDED" ? "Toegekend" : "Afgewezen"}`,
    "",
    text,
  ]);
  const storageKey = newStorageKey();
  await getAttachmentStore().put(storageKey, pdf, "application/pdf");
  return {
    storageKey,
    size: pdf.length,
    sha256: createHash("sha256").update(pdf).digest("hex"),
    fileName: `reactie-${number}.pdf`,
  };
}

// Warranty claims in every status, with their timeline; handled ones with a reaction document.
export async function seedWarranty(
  db: TDb,
  random: TRandom,
  customerId: number,
  userId: number,
  lines: Array<{ articleNumber: string; salesOrderNumber: string }>,
) {
  for (const [index, plan] of PLANS.entries()) {
    const line = lines[10 + index * 7]!;
    const createdAt = new Date(Date.now() - plan.daysAgo * 86_400_000);
    const reactionText = REACTIONS[plan.status];
    await db.$transaction(async (tx) => {
      const number = await nextDocumentNumber(tx, "CLAIM", createdAt);
      const claim = await tx.warrantyClaim.create({
        data: {
          number,
          customerId,
          createdById: userId,
          idempotencyKey: `seed-claim-${customerId}-${index}`,
          status: plan.status,
          articleNumber: line.articleNumber,
          serialNumber: `SN${random.int(100000, 999999)}`,
          salesOrderNumber: line.salesOrderNumber,
          vehicleMake: random.pick(["Volkswagen", "Ford", "Renault", "Peugeot"]),
          vehicleModel: random.pick(["Golf 1.6 TDI", "Transit 2.2", "Master 2.3 dCi", "Partner 1.6 HDi"]),
          vehicleYear: random.int(2012, 2022),
          vin: `WVWZZZ1KZ${random.int(10000000, 99999999)}`,
          engineCode: random.pick(["CAYC", "DRFA", "M9T", "DV6"]),
          mileageAtFitting: random.int(80000, 150000),
          mileageAtFailure: random.int(150001, 180000),
          fittingDate: new Date(createdAt.getTime() - 200 * 86_400_000),
          failureDate: new Date(createdAt.getTime() - 5 * 86_400_000),
          fittedBy: "Garage Dupont",
          complaint: "Turbo maakt fluitend geluid en verliest olie aan de compressorzijde.",
          checksDone: ["oilPressure", "oilSupply", "airFilter"],
          goodsReceived: plan.status !== "RECEIVED",
          handledAt:
            plan.status === "AWARDED" || plan.status === "REFUSED"
              ? new Date(createdAt.getTime() + 20 * 86_400_000)
              : null,
          remark: plan.status === "REFUSED" ? "Oliegebrek vastgesteld" : "",
          createdAt,
        },
      });
      for (const [step, status] of PATH[plan.status].entries()) {
        await tx.warrantyEvent.create({
          data: {
            claimId: claim.id,
            kind: "STATUS",
            status,
            byStaff: step > 0,
            message: step > 0 && status === plan.status ? (reactionText ?? "") : "",
            createdAt: new Date(createdAt.getTime() + step * 7 * 86_400_000),
          },
        });
      }
      if (reactionText) {
        const file = await storeReaction(number, plan.status, reactionText);
        await tx.document.create({
          data: {
            customerId,
            claimId: claim.id,
            kind: "WARRANTY_REACTION",
            source: "STAFF",
            contentType: "application/pdf",
            createdAt: claim.handledAt ?? createdAt,
            ...file,
          },
        });
      }
    });
  }
}
