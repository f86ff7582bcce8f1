import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { RmaStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

// Every staff change of an RMA first locks its row, so two staff members working the same
// RMA take turns and never count a line twice.
export async function lockRma(
  tx: Prisma.TransactionClient,
  rmaId: number,
): Promise<{ id: number; customerId: number; status: RmaStatus; number: string }> {
  const rows = await tx.$queryRaw<{ id: number; customerId: number; status: RmaStatus; number: string }[]>`
    SELECT id, "customerId", status::text AS status, number FROM "Rma" WHERE id = ${rmaId} FOR UPDATE`;
  const rma = rows[0];
  if (!rma) throw new AppError("NOT_FOUND", "errors.notFound");
  return rma;
}

export function assertOpen(rma: { status: RmaStatus }): void {
  if (rma.status !== "OPEN") throw new AppError("CONFLICT", "staff.returns.notOpen");
}
