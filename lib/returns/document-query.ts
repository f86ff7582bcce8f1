import "server-only";
import { db } from "@/lib/db/client";

// One RMA with everything its form and label print. A dealer passes their customer id; staff
// (later) pass null for no customer scope. Missing or another tenant's → null (404).
export type TRmaDocumentScope = { customerId: number } | null;

export async function getRmaDocument(rmaNumber: string, scope: TRmaDocumentScope) {
  if (!/^IRM\d{7}$/.test(rmaNumber)) return null;
  const rma = await db.rma.findFirst({
    where: { number: rmaNumber, ...(scope ? { customerId: scope.customerId } : {}) },
    select: {
      number: true,
      reference: true,
      remarks: true,
      surcharge: true,
      parcelCount: true,
      trackingNumber: true,
      weightKg: true,
      createdAt: true,
      customer: {
        select: {
          name: true,
          erpNumber: true,
          street: true,
          postalCode: true,
          city: true,
          country: true,
          carrier: true,
          language: true,
        },
      },
      createdBy: { select: { name: true, language: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          quantityExpected: true,
          reason: { select: { labelNl: true, labelFr: true, labelEn: true, labelDe: true } },
          deliveredLine: {
            select: {
              articleNumber: true,
              externalArticleNumbers: true,
              articleName: true,
              salesOrderNumber: true,
              deliveryDate: true,
            },
          },
        },
      },
    },
  });
  if (!rma) return null;
  const [settings, carrier] = await Promise.all([
    db.portalSettings.findUnique({ where: { id: 1 }, select: { returnAddress: true } }),
    db.carrierNumberRange.findUnique({ where: { carrier: rma.customer.carrier }, select: { name: true } }),
  ]);
  return {
    number: rma.number,
    reference: rma.reference,
    remarks: rma.remarks,
    surcharge: rma.surcharge.toString(),
    parcelCount: rma.parcelCount,
    trackingNumber: rma.trackingNumber,
    weightKg: rma.weightKg?.toString() ?? null,
    carrierName: carrier?.name ?? null,
    createdAt: rma.createdAt,
    customer: rma.customer,
    returnAddress: settings?.returnAddress ?? "",
    lines: rma.lines.map((line) => ({
      ...line.deliveredLine,
      quantity: line.quantityExpected,
      reason: line.reason,
    })),
  };
}

export type TRmaDocument = NonNullable<Awaited<ReturnType<typeof getRmaDocument>>>;
