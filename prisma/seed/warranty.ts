import { createHash } from "node:crypto";
import type { TDb } from "@/lib/db/client";
import { nextDocumentNumber } from "@/lib/numbers/next-number";
import { getAttachmentStore, newStorageKey } from "@/lib/storage/store";
import type { TRandom } from "./random";

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

// A one-page PDF of a few text lines, written by hand. Note: the seed runs under the
// react-server condition, where @react-pdf/renderer cannot load, so it builds the file itself.
function simplePdf(lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ["BT", "/F1 11 Tf", "56 780 Td", "16 TL", ...lines.map((line) => `(${escape(line)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(body, "latin1");
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

// The distributor's reaction letter of a handled claim, stored like any attachment.
async function storeReaction(number: string, status: TStatus, text: string) {
  const pdf = simplePdf([`Reactie op garantieaanvraag ${number}`, "", `Status: ${status === "AWARDED" ? "Toegekend" : "Afgewezen"}`, "", text]);
  const storageKey = newStorageKey();
  await getAttachmentStore().put(storageKey, pdf, "application/pdf");
  return { storageKey, size: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex"), fileName: `reactie-${number}.pdf` };
}

// Warranty claims in every status, with their timeline; handled ones with a reaction document.
export async function seedWarranty(db: TDb, random: TRandom, customerId: number, userId: number, lines: Array<{ articleNumber: string; salesOrderNumber: string }>) {
  for (const [index, plan] of PLANS.entries()) {
    const line = lines[10 + index * 7]!;
    const createdAt = new Date(Date.now() - plan.daysAgo * 86_400_000);
    const reactionText = REACTIONS[plan.status];
    await db.$transaction(async (tx) => {
      const number = await nextDocumentNumber(tx, "CLAIM", createdAt);
      const claim = await tx.warrantyClaim.create({
        data: {
          number, customerId, createdById: userId, idempotencyKey: `seed-claim-${customerId}-${index}`, status: plan.status,
          articleNumber: line.articleNumber, serialNumber: `SN${random.int(100000, 999999)}`, salesOrderNumber: line.salesOrderNumber,
          vehicleMake: random.pick(["Volkswagen", "Ford", "Renault", "Peugeot"]), vehicleModel: random.pick(["Golf 1.6 TDI", "Transit 2.2", "Master 2.3 dCi", "Partner 1.6 HDi"]),
          vehicleYear: random.int(2012, 2022), vin: `WVWZZZ1KZ${random.int(10000000, 99999999)}`, engineCode: random.pick(["CAYC", "DRFA", "M9T", "DV6"]),
          mileageAtFitting: random.int(80000, 150000), mileageAtFailure: random.int(150001, 180000),
          fittingDate: new Date(createdAt.getTime() - 200 * 86_400_000), failureDate: new Date(createdAt.getTime() - 5 * 86_400_000),
          fittedBy: "Garage Dupont", complaint: "Turbo maakt fluitend geluid en verliest olie aan de compressorzijde.",
          checksDone: ["oilPressure", "oilSupply", "airFilter"], goodsReceived: plan.status !== "RECEIVED",
          handledAt: plan.status === "AWARDED" || plan.status === "REFUSED" ? new Date(createdAt.getTime() + 20 * 86_400_000) : null,
          remark: plan.status === "REFUSED" ? "Oliegebrek vastgesteld" : "", createdAt,
        },
      });
      for (const [step, status] of PATH[plan.status].entries()) {
        await tx.warrantyEvent.create({
          data: { claimId: claim.id, kind: "STATUS", status, byStaff: step > 0, message: step > 0 && status === plan.status ? reactionText ?? "" : "", createdAt: new Date(createdAt.getTime() + step * 7 * 86_400_000) },
        });
      }
      if (reactionText) {
        const file = await storeReaction(number, plan.status, reactionText);
        await tx.document.create({
          data: { customerId, claimId: claim.id, kind: "WARRANTY_REACTION", source: "STAFF", contentType: "application/pdf", createdAt: claim.handledAt ?? createdAt, ...file },
        });
      }
    });
  }
}
