import "server-only";
import { db } from "@/lib/db/client";
import { rmaTimeline } from "./rma-timeline";

// One RMA of the dealer's company for its own page: header, lines with their photos, documents
// and the timeline. Missing or another company's → null (404).
export async function getRmaPage(customerId: number, rmaNumber: string) {
  if (!/^IRM\d{7}$/.test(rmaNumber)) return null;
  const rma = await db.rma.findFirst({
    where: { number: rmaNumber, customerId },
    select: {
      id: true,
      number: true,
      status: true,
      reference: true,
      remarks: true,
      parcelCount: true,
      trackingNumber: true,
      createdAt: true,
      closedAt: true,
      customer: { select: { carrier: true } },
      createdBy: { select: { name: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          quantityExpected: true,
          quantityReceived: true,
          receivedAt: true,
          status: true,
          rejectionReason: true,
          reason: { select: { labelNl: true, labelFr: true, labelEn: true, labelDe: true } },
          deliveredLine: {
            select: {
              salesOrderNumber: true,
              articleNumber: true,
              externalArticleNumbers: true,
              articleName: true,
              deliveryDate: true,
            },
          },
          photos: {
            where: { customerId, kind: "RETURN_PHOTO" },
            orderBy: { id: "asc" },
            select: { id: true, fileName: true },
          },
        },
      },
      creditNotes: {
        where: { customerId },
        orderBy: { invoiceDate: "asc" },
        select: { number: true, invoiceDate: true, documentId: true },
      },
    },
  });
  if (!rma) return null;
  const audit = await db.auditEntry.findMany({
    where: {
      customerId,
      OR: [
        { objectType: "Rma", objectId: { in: [rma.number, String(rma.id)] } },
        { objectType: "RmaLine", objectId: { in: rma.lines.map((l) => String(l.id)) } },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, objectType: true, objectId: true, actorRole: true, after: true, createdAt: true },
  });
  const { id, customer, createdBy, ...rest } = rma;
  return {
    ...rest,
    createdByName: createdBy.name,
    hasLabel: customer.carrier === "NIGHT_CARRIER",
    lines: rma.lines.map(({ deliveredLine, ...line }) => ({ ...line, ...deliveredLine })),
    timeline: rmaTimeline(rma, audit),
  };
}

export type TRmaPage = NonNullable<Awaited<ReturnType<typeof getRmaPage>>>;

/** The company's latest RMAs for the home page, each linking to its page. */
export async function listRecentRmas(customerId: number, take = 5) {
  // Note: the lines are counted for these few RMAs only (Prisma's _count joined a count of every
  // RMA line: 25 ms for the big bench dealer against 1 ms).
  const rmas = await db.rma.findMany({
    where: { customerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, number: true, status: true, createdAt: true },
  });
  const counts = await db.rmaLine.groupBy({
    by: ["rmaId"],
    where: { rmaId: { in: rmas.map((rma) => rma.id) } },
    _count: { _all: true },
  });
  const lineCount = new Map(counts.map((c) => [c.rmaId, c._count._all]));
  return rmas.map(({ id, ...rma }) => ({ ...rma, lineCount: lineCount.get(id) ?? 0 }));
}
