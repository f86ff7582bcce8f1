import "server-only";
import { type TAuditInput, writeAudit } from "@/lib/audit/write-audit";
import { dateOnly } from "@/lib/dates";
import type { Prisma } from "@/lib/db/generated/client";
import { snapshot } from "../context";
import { enqueueRmaStatusMail } from "./rma-status-mail";

// An RMA with its credit note becomes INVOICED, with its received lines; the one path for staff
// ("mark invoiced") and for a credit note the ERP posts with an rmaNumber. The ERP's credit note
// is its word that the goods came back, so lines still EXPECTED count as received in full on the
// credit note's date first (audited as receipts). Rejected lines stay rejected. The delivered
// lines' counters follow in the database (trigger on "RmaLine"); the dealer gets one status mail.
export type TRmaActor = Pick<TAuditInput, "actorUserId" | "actorRole">;
type TRma = { id: number; number: string; customerId: number; status: string };

export async function invoiceRma(
  tx: Prisma.TransactionClient,
  actor: TRmaActor,
  rma: TRma,
  options: { receivedOn?: string } = {},
): Promise<{ linesInvoiced: number }> {
  if (options.receivedOn) {
    const expected = await tx.rmaLine.findMany({
      where: { rmaId: rma.id, status: "EXPECTED" },
      select: { id: true, quantityExpected: true },
      orderBy: { id: "asc" },
    });
    const receivedAt = dateOnly(options.receivedOn);
    for (const line of expected) {
      await tx.rmaLine.update({
        where: { id: line.id },
        data: { status: "RECEIVED", quantityReceived: line.quantityExpected, receivedAt },
      });
      await writeAudit(tx, {
        ...actor,
        customerId: rma.customerId,
        action: "rmaLine.receive",
        objectType: "RmaLine",
        objectId: String(line.id),
        before: snapshot({
          rmaNumber: rma.number,
          status: "EXPECTED",
          quantityExpected: line.quantityExpected,
          quantityReceived: null,
        }),
        after: snapshot({
          rmaNumber: rma.number,
          status: "RECEIVED",
          quantityReceived: line.quantityExpected,
          receivedAt: options.receivedOn,
        }),
      });
    }
  }
  const lines = await tx.rmaLine.updateMany({
    where: { rmaId: rma.id, status: "RECEIVED" },
    data: { status: "INVOICED" },
  });
  const closedAt = new Date();
  await tx.rma.update({ where: { id: rma.id }, data: { status: "INVOICED" } });
  await tx.rma.updateMany({ where: { id: rma.id, closedAt: null }, data: { closedAt } });
  await writeAudit(tx, {
    ...actor,
    customerId: rma.customerId,
    action: "rma.invoice",
    objectType: "Rma",
    objectId: String(rma.id),
    before: { number: rma.number, status: rma.status },
    after: { number: rma.number, status: "INVOICED", linesInvoiced: lines.count },
  });
  await enqueueRmaStatusMail(tx, rma.id, "INVOICED");
  return { linesInvoiced: lines.count };
}
