import "server-only";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertStaff, type TStaffContext, writeStaffAudit } from "../context";
import type { TArticleExpectedDate, TLineExpectedDate } from "./schema";

type TLine = {
  id: number;
  customerId: number;
  salesOrderNumber: string;
  articleNumber: string;
  expectedDate: Date | null;
};
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

// Each changed line gets a history row (source STAFF) and its change time; unchanged lines are left alone.
async function applyExpectedDate(
  tx: Prisma.TransactionClient,
  ctx: TStaffContext,
  lines: TLine[],
  newIso: string | null,
): Promise<number> {
  const newDate = newIso ? dateOnly(newIso) : null;
  const changedAt = new Date();
  let changed = 0;
  for (const line of lines) {
    if (iso(line.expectedDate) === newIso) continue;
    await tx.openOrderLine.update({
      where: { id: line.id },
      data: { expectedDate: newDate, expectedDateChangedAt: changedAt },
    });
    await tx.expectedDateChange.create({
      data: {
        openOrderLineId: line.id,
        previousDate: line.expectedDate,
        newDate,
        source: "STAFF",
        actorUserId: ctx.userId,
      },
    });
    await writeStaffAudit(tx, ctx, {
      customerId: line.customerId,
      action: "openOrderLine.expectedDate",
      objectType: "OpenOrderLine",
      objectId: String(line.id),
      before: {
        salesOrderNumber: line.salesOrderNumber,
        articleNumber: line.articleNumber,
        expectedDate: iso(line.expectedDate),
      },
      after: {
        salesOrderNumber: line.salesOrderNumber,
        articleNumber: line.articleNumber,
        expectedDate: newIso,
      },
    });
    changed++;
  }
  return changed;
}

async function lockOpenLines(tx: Prisma.TransactionClient, where: Prisma.Sql): Promise<TLine[]> {
  return tx.$queryRaw<TLine[]>`
    SELECT id, "customerId", "salesOrderNumber", "articleNumber", "expectedDate" FROM "OpenOrderLine"
    WHERE ${where} AND "quantityDelivered" < "quantityOrdered" ORDER BY id FOR UPDATE`;
}

/** Sets or clears the expected delivery date of one open line. */
export async function setLineExpectedDate(
  ctx: TStaffContext,
  { lineId, expectedDate }: TLineExpectedDate,
): Promise<{ changed: number; customerIds: number[] }> {
  assertStaff(ctx);
  return db.$transaction(async (tx) => {
    const lines = await lockOpenLines(tx, Prisma.sql`id = ${lineId}`);
    if (lines.length === 0) throw new AppError("NOT_FOUND", "errors.notFound");
    return {
      changed: await applyExpectedDate(tx, ctx, lines, expectedDate),
      customerIds: [lines[0]!.customerId],
    };
  });
}

/** The same expected date for every open line of an article, all customers at once. */
export async function setArticleExpectedDate(
  ctx: TStaffContext,
  { articleNumber, expectedDate }: TArticleExpectedDate,
): Promise<{ changed: number; customerIds: number[] }> {
  assertStaff(ctx);
  return db.$transaction(async (tx) => {
    const lines = await lockOpenLines(tx, Prisma.sql`"articleNumber" = ${articleNumber}`);
    if (lines.length === 0) throw new AppError("NOT_FOUND", "staff.orders.noOpenLines");
    return {
      changed: await applyExpectedDate(tx, ctx, lines, expectedDate),
      customerIds: [...new Set(lines.map((l) => l.customerId))],
    };
  });
}
