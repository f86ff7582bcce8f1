import "server-only";
import { db } from "@/lib/db/client";

// Goods-in by scan: an RMA found by the number its form's Code 128 barcode carries, with what
// the scanner needs per line (article number, expected quantity, whether it is still to receive).
export const RMA_BARCODE = /^IRM\d{7}$/;

export function normaliseScan(text: string): string {
  return text.trim().toUpperCase().slice(0, 60);
}

export async function getRmaForScan(number: string) {
  const code = normaliseScan(number);
  if (!RMA_BARCODE.test(code)) return null;
  const rma = await db.rma.findUnique({
    where: { number: code },
    select: {
      id: true,
      number: true,
      status: true,
      customer: { select: { erpNumber: true, name: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          quantityExpected: true,
          quantityReceived: true,
          status: true,
          rejectionReason: true,
          deliveredLine: { select: { articleNumber: true, articleName: true } },
        },
      },
    },
  });
  if (!rma) return null;
  return {
    id: rma.id,
    number: rma.number,
    status: rma.status,
    customer: `${rma.customer.erpNumber} · ${rma.customer.name}`,
    lines: rma.lines.map((l) => ({
      id: l.id,
      articleNumber: l.deliveredLine.articleNumber,
      articleName: l.deliveredLine.articleName,
      quantityExpected: l.quantityExpected,
      quantityReceived: l.quantityReceived,
      status: l.status,
      rejectionReason: l.rejectionReason,
    })),
  };
}
export type TScanRma = NonNullable<Awaited<ReturnType<typeof getRmaForScan>>>;
