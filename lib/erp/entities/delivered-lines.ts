import "server-only";
import type { TEntityHandler } from "../batch";
import type { TDeliveredLineRow, TRejectedRow } from "../schema";
import { resolveCustomers, selectForUpdate, splitOutcomes, upsertRecords } from "../upsert-sql";

// Delivered order lines (the return request's history) by erpKey. The portal's own counts
// (returned, in a return request) are never written here; a delivered quantity below them is
// refused, and a line with returns cannot move to another customer.
type TStored = { erpKey: string; customerId: number; quantityReturned: number; quantityInRequest: number };

export const deliveredLinesHandler: TEntityHandler<TDeliveredLineRow> = {
  keyOf: (raw) => raw.erpKey,
  async apply(tx, rows) {
    const customers = await resolveCustomers(
      tx,
      rows.map((r) => r.row.customerNumber),
    );
    const stored = await selectForUpdate<TStored>(
      tx,
      "DeliveredLine",
      "erpKey",
      rows.map((r) => r.key),
      ["erpKey", "customerId", "quantityReturned", "quantityInRequest"],
    );
    const byKey = new Map(stored.map((s) => [s.erpKey, s]));
    const rejected: TRejectedRow[] = [];
    const records: Record<string, unknown>[] = [];
    for (const { index, key, row } of rows) {
      const customerId = customers.get(row.customerNumber);
      const existing = byKey.get(key);
      const used = existing ? existing.quantityReturned + existing.quantityInRequest : 0;
      const errors: string[] = [];
      if (customerId === undefined) errors.push(`customerNumber: unknown customer "${row.customerNumber}"`);
      if (row.quantityDelivered < used)
        errors.push(
          `quantityDelivered: must not be below the quantity already returned or in a return request (${used})`,
        );
      if (existing && customerId !== undefined && existing.customerId !== customerId && used > 0) {
        errors.push("customerNumber: a line with returns cannot move to another customer");
      }
      if (errors.length) {
        rejected.push({ index, key, errors });
        continue;
      }
      const { customerNumber: _customerNumber, ...fields } = row;
      records.push({ ...fields, customerId });
    }
    const written = await upsertRecords(
      tx,
      {
        table: "DeliveredLine",
        key: "erpKey",
        columns: {
          erpKey: "text",
          customerId: "integer",
          salesOrderNumber: "text",
          customerPoNumber: "text",
          specialOrder: "boolean",
          articleNumber: "text",
          externalArticleNumbers: "text",
          articleName: "text",
          netUnitPrice: "numeric",
          quantityOrdered: "integer",
          quantityDelivered: "integer",
          deliveryDate: "date",
        },
      },
      records,
    );
    return { ...splitOutcomes(written), rejected };
  },
};
