import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/outbox";
import type { TRmaMailStatus } from "@/lib/email/templates/rma-status";
import { rmaPageUrl } from "@/lib/returns/rma-links";

// "rma-status": the RMA's creator hears of every step staff take on it.
export async function enqueueRmaStatusMail(
  tx: Prisma.TransactionClient,
  rmaId: number,
  status: TRmaMailStatus,
): Promise<void> {
  const rma = await tx.rma.findUniqueOrThrow({
    where: { id: rmaId },
    select: {
      number: true,
      copyEmail: true,
      createdBy: { select: { email: true, name: true, language: true } },
      customer: { select: { language: true } },
    },
  });
  await enqueueEmail(tx, {
    template: "rma-status",
    to: [rma.createdBy.email],
    language: rma.createdBy.language ?? rma.customer.language,
    data: {
      name: rma.createdBy.name,
      rmaNumber: rma.number,
      status,
      statusUrl: rmaPageUrl(rma.number),
    },
  });
}
