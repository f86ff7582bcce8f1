import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Carrier } from "@/lib/db/generated/enums";
import { logger } from "@/lib/log";

// Tracking numbers come from the carrier's range in the staff settings: prefix + the next
// number, padded to the width of the range's last number. Taken in the RMA's own transaction
// (one conditional UPDATE), so two returns never get the same number and a rolled-back RMA
// gives its number back.
export async function nextTrackingNumber(
  tx: Prisma.TransactionClient,
  carrier: Carrier,
): Promise<string | null> {
  const [taken] = await tx.$queryRaw<Array<{ prefix: string; value: number; lastValue: number }>>`
    UPDATE "CarrierNumberRange" SET "nextValue" = "nextValue" + 1, "updatedAt" = now()
    WHERE "carrier" = ${carrier}::"Carrier" AND "nextValue" <= "lastValue"
    RETURNING "prefix", "nextValue" - 1 AS "value", "lastValue"`;
  if (!taken) {
    // Note: an exhausted or missing range must not stop a dealer's return; the label then
    // carries the RMA number alone, and staff see the warning.
    logger.warn({ carrier }, "carrier number range exhausted or missing: RMA without tracking number");
    return null;
  }
  return `${taken.prefix}${String(taken.value).padStart(String(taken.lastValue).length, "0")}`;
}
