import "server-only";
import type { TEntityHandler } from "../batch";
import { auditMoves, checkOwner, mergeOptional, withOwnerNumbers } from "../merge";
import { rowError } from "../row-errors";
import type { TOpenLineRow, TRejectedRow } from "../schema";
import { resolveCustomers, selectForUpdate, upsertRecords } from "../upsert-sql";

// Open order lines by erpKey. A changed expected date is the fact dealers watch: it stamps
// expectedDateChangedAt and leaves an ExpectedDateChange row (source ERP). A moved line takes
// its date history along.
type TStored = {
  id: number;
  erpKey: string;
  customerId: number;
  expectedDate: Date | null;
  salesRep: string;
  customerPoNumber: string;
  quantityDelivered: number;
};
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const DEFAULTS = {
  salesRep: "",
  customerPoNumber: "",
  quantityDelivered: 0,
  expectedDate: null as string | null,
};

export const openLinesHandler: TEntityHandler<TOpenLineRow> = {
  keyOf: (raw) => raw.erpKey,
  async apply(tx, rows) {
    const customers = await resolveCustomers(
      tx,
      rows.map((r) => r.row.customerNumber),
    );
    const locked = await selectForUpdate<TStored>(
      tx,
      "OpenOrderLine",
      "erpKey",
      rows.map((r) => r.key),
      ["id", "erpKey", "customerId", "expectedDate", "salesRep", "customerPoNumber", "quantityDelivered"],
    );
    const byKey = new Map((await withOwnerNumbers(tx, locked)).map((s) => [s.erpKey, s]));
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    const moves: Parameters<typeof auditMoves>[3] = [];
    const changes: {
      openOrderLineId: number;
      previousDate: Date | null;
      newDate: Date | null;
      source: "ERP";
    }[] = [];
    for (const { index, key, row } of rows) {
      const customerId = customers.get(row.customerNumber);
      if (customerId === undefined) {
        rejected.push({
          index,
          key,
          errors: [
            rowError("customerNumber", "unknown_customer", `unknown customer "${row.customerNumber}"`),
          ],
        });
        continue;
      }
      const existing = byKey.get(key);
      const owner = checkOwner(existing, customerId, row);
      if (owner.kind === "refused") {
        rejected.push({ index, key, errors: [owner.error] });
        continue;
      }
      const merged = mergeOptional(
        row,
        existing && { ...existing, expectedDate: iso(existing.expectedDate) },
        DEFAULTS,
      );
      if (merged.quantityDelivered > row.quantityOrdered) {
        rejected.push({
          index,
          key,
          errors: [rowError("quantityDelivered", "inconsistent", "must not exceed quantityOrdered")],
        });
        continue;
      }
      if (owner.kind === "move")
        moves.push({ key, from: owner.from, to: row.customerNumber, toCustomerId: customerId });
      const { customerNumber: _c, moveFromCustomer: _m, ...fields } = row;
      records.push({ ...fields, ...merged, customerId });
      if (existing && iso(existing.expectedDate) !== merged.expectedDate) {
        changes.push({
          openOrderLineId: existing.id,
          previousDate: existing.expectedDate,
          newDate: merged.expectedDate ? new Date(`${merged.expectedDate}T00:00:00.000Z`) : null,
          source: "ERP",
        });
      }
    }
    const written = await upsertRecords(
      tx,
      {
        table: "OpenOrderLine",
        key: "erpKey",
        columns: {
          erpKey: "text",
          customerId: "integer",
          salesOrderNumber: "text",
          orderDate: "date",
          salesRep: "text",
          customerPoNumber: "text",
          articleNumber: "text",
          deliverArticleNumber: "text",
          articleName: "text",
          quantityOrdered: "integer",
          quantityDelivered: "integer",
          expectedDate: "date",
        },
        updateExtras: {
          expectedDateChangedAt: `CASE WHEN "OpenOrderLine"."expectedDate" IS DISTINCT FROM excluded."expectedDate" THEN CURRENT_TIMESTAMP ELSE "OpenOrderLine"."expectedDateChangedAt" END`,
        },
      },
      records,
    );
    if (changes.length) await tx.expectedDateChange.createMany({ data: changes });
    await auditMoves(tx, "open-lines", "OpenOrderLine", moves);
    return { ...written, rejected };
  },
};
