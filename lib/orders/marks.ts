import "server-only";
import type { TDealer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

// "Moved later" marks (issue 19): a line is marked for a user while one of its expected-date
// changes (ExpectedDateChange, written by the ERP import and by staff) moved the date later
// after that user last acknowledged the line (ExpectedDateAcknowledgement; never = every such
// change). The mark stays, visit after visit, until the user acknowledges that line. The grid
// (markOf) and the count on the page's banner and the home tile (countMovedLines) apply this
// one rule; lib/orders/marks.test.ts keeps them in step.

export type TDateChange = { from: string | null; to: string | null; at: string; source: "ERP" | "STAFF" };
type TChangeRow = {
  previousDate: Date | null;
  newDate: Date | null;
  createdAt: Date;
  source: "ERP" | "STAFF";
};

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A change that moved a known date to a later one. */
function movedLater(change: TChangeRow): boolean {
  return change.previousDate !== null && change.newDate !== null && change.newDate > change.previousDate;
}

/** The date the line had before its first unacknowledged later move, or null when not marked. */
export function markOf(changes: readonly TChangeRow[], acknowledgedAt: Date | null): string | null {
  const first = changes.find(
    (change) => movedLater(change) && (acknowledgedAt === null || change.createdAt > acknowledgedAt),
  );
  return first ? iso(first.previousDate) : null;
}

/** The line's expected-date history, oldest first, as the dealer sees it. */
export function dateHistory(changes: readonly TChangeRow[]): TDateChange[] {
  return changes.map((change) => ({
    from: iso(change.previousDate),
    to: iso(change.newDate),
    at: change.createdAt.toISOString(),
    source: change.source,
  }));
}

/** How many of the company's open lines carry a mark for this user: the banner and the home tile. */
export async function countMovedLines(customerId: number, userId: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "OpenOrderLine" l
    WHERE l."customerId" = ${customerId} AND l."quantityDelivered" < l."quantityOrdered"
      AND EXISTS (
        SELECT 1 FROM "ExpectedDateChange" c
        LEFT JOIN "ExpectedDateAcknowledgement" a
          ON a."openOrderLineId" = c."openOrderLineId" AND a."userId" = ${userId}
        WHERE c."openOrderLineId" = l."id" AND c."newDate" > c."previousDate"
          AND (a."acknowledgedAt" IS NULL OR c."createdAt" > a."acknowledgedAt"))`;
  return Number(rows[0]?.count ?? 0);
}

/**
 * The user has seen these lines' expected dates as the page made at `seenAt` showed them: marks of
 * changes up to then go, a change after it (made while the page was open) stays marked. Every id
 * must be one of the dealer's company's lines, else NOT_FOUND and nothing is recorded. An
 * acknowledgement never moves back in time, and a `seenAt` in the future counts as now.
 */
export async function acknowledgeExpectedDates(
  dealer: TDealer,
  lineIds: readonly number[],
  seenAt: Date,
): Promise<number> {
  const ids = [...new Set(lineIds)];
  return db.$transaction(async (tx) => {
    const found = await tx.openOrderLine.findMany({
      where: { customerId: dealer.customerId, id: { in: ids } },
      select: { id: true },
    });
    if (found.length !== ids.length) throw notFound();
    await tx.$executeRaw`
      INSERT INTO "ExpectedDateAcknowledgement" ("userId", "openOrderLineId", "acknowledgedAt")
      SELECT ${dealer.userId}, id, LEAST(${seenAt}::timestamptz, CURRENT_TIMESTAMP)
      FROM unnest(${ids}::int[]) AS id
      ON CONFLICT ("userId", "openOrderLineId") DO UPDATE
      SET "acknowledgedAt" = GREATEST("ExpectedDateAcknowledgement"."acknowledgedAt", EXCLUDED."acknowledgedAt")`;
    return ids.length;
  });
}
