import "server-only";
import type { TEntityHandler } from "../batch";
import type { TOpenLineRow, TRejectedRow } from "../schema";
import { resolveCustomers, selectForUpdate, splitOutcomes, upsertRecords } from "../upsert-sql";

// Open order lines by erpKey. A changed expected date is the fact dealers watch: it stamps
// expectedDateChangedAt and leaves an ExpectedDateChange row (source ERP).
type TStored = { id: number; erpKey: string; expectedDate: Date | null };
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const openLinesHandler: TEntityHandler<TOpenLineRow> = {
  keyOf: (raw) => raw.erpKey,
  async apply(tx, rows) {
    const customers = await resolveCustomers(
      tx,
      rows.map((r) => r.row.customerNumber),
    );
    const stored = await selectForUpdate<TStored>(
      tx,
      "OpenOrderLine",
      "erpKey",
      rows.map((r) => r.key),
      ["id", "erpKey", "expectedDate"],
    );
    const byKey = new Map(stored.map((s) => [s.erpKey, s]));
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    const changes: {
      openOrderLineId: number;
      previousDate: Date | null;
      newDate: Date | null;
      source: "ERP";
    }[] = [];
    for (const { index, key, row } of rows) {
      const customerId = customers.get(row.customerNumber);
      if (customerId === undefined) {
        rejected.push({ index, key, errors: [`customerNumber: unknown customer "${row.customerNumber}"`] });
        continue;
      }
      const { customerNumber: _customerNumber, ...fields } = row;
      records.push({ ...fields, customerId });
      const existing = byKey.get(key);
      if (existing && iso(existing.expectedDate) !== row.expectedDate) {
        const newDate = row.expectedDate ? new Date(`${row.expectedDate}T00:00:00.000Z`) : null;
        changes.push({
          openOrderLineId: existing.id,
          previousDate: existing.expectedDate,
          newDate,
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
    return { ...splitOutcomes(written), rejected };
  },
};
