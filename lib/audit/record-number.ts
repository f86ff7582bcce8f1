import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// The business number an audit entry is about (IRM…, MAS…, the customer's ERP number, a user's
// e-mail, a sales order number), so staff read and filter the trail by the numbers they know.
// Dealer-side entries name their RMA or claim by number already; staff-side ones by row id.
export async function recordNumberOf(
  tx: Prisma.TransactionClient,
  objectType: string,
  objectId: string,
): Promise<string | null> {
  const id = /^\d{1,9}$/.test(objectId) ? Number(objectId) : null;
  switch (objectType) {
    case "Rma":
      if (id === null) return objectId;
      return (await tx.rma.findUnique({ where: { id }, select: { number: true } }))?.number ?? null;
    case "WarrantyClaim":
      if (id === null) return objectId;
      return (await tx.warrantyClaim.findUnique({ where: { id }, select: { number: true } }))?.number ?? null;
    case "RmaLine":
      if (id === null) return null;
      return (
        (await tx.rmaLine.findUnique({ where: { id }, select: { rma: { select: { number: true } } } }))?.rma
          .number ?? null
      );
    case "Customer":
      if (id === null) return null;
      return (
        (await tx.customer.findUnique({ where: { id }, select: { erpNumber: true } }))?.erpNumber ?? null
      );
    case "User":
      if (id === null) return null;
      return (await tx.user.findUnique({ where: { id }, select: { email: true } }))?.email ?? null;
    case "OpenOrderLine":
      if (id === null) return null;
      return (
        (await tx.openOrderLine.findUnique({ where: { id }, select: { salesOrderNumber: true } }))
          ?.salesOrderNumber ?? null
      );
    case "DealerView":
      return (
        (
          await tx.dealerView.findUnique({
            where: { id: objectId },
            select: { customer: { select: { erpNumber: true } } },
          })
        )?.customer.erpNumber ?? null
      );
    default:
      return null;
  }
}
