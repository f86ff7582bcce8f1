import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// Document numbers from a per-kind, per-year counter row. The upsert takes a row lock, so two
// transactions never get the same number, and a rolled-back transaction gives its number back.
export type TNumberKind = "RMA" | "CLAIM";

const FORMATS: Record<TNumberKind, (year: number, value: number) => string> = {
  RMA: (year, value) => `IRM${String(year % 100).padStart(2, "0")}${String(value).padStart(5, "0")}`,
  CLAIM: (_year, value) => `MAS${String(value).padStart(8, "0")}`,
};
// Claim numbers run on across years (MAS + 8 digits), so they share one counter row.
const PER_YEAR: Record<TNumberKind, boolean> = { RMA: true, CLAIM: false };

/**
 * Stands in for a number not taken yet (e.g. in a mail rendered before its transaction):
 * the number's shape with letters for digits, so it has the number's length and is never one.
 */
export function documentNumberPlaceholder(kind: TNumberKind): string {
  return FORMATS[kind](0, 0).replace(/\d/g, "X");
}

export async function nextDocumentNumber(
  tx: Prisma.TransactionClient,
  kind: TNumberKind,
  now = new Date(),
): Promise<string> {
  const year = PER_YEAR[kind] ? now.getUTCFullYear() : 0;
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "NumberSequence" ("kind", "year", "lastValue") VALUES (${kind}, ${year}, 1)
    ON CONFLICT ("kind", "year") DO UPDATE SET "lastValue" = "NumberSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  return FORMATS[kind](now.getUTCFullYear(), row!.lastValue);
}
