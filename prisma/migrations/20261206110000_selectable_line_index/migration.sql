-- The selectable line (lib/returns/selectable-line.ts): the home tile and "select all" ask for the
-- dealer's lines with something left, inside the window and, unless the company may return them,
-- not special orders. With "specialOrder" at the end of the dealer's remaining index that stays an
-- index-only scan (bench, 60,000-line dealer, count: ~110-140 ms with heap reads → ~25 ms); every
-- query the old index served still uses its leading columns.
SET LOCAL maintenance_work_mem = '128MB';

DROP INDEX "DeliveredLine_customerId_quantityRemaining_id_deliveryDate_idx";
CREATE INDEX "DeliveredLine_selectable_idx"
  ON "DeliveredLine" ("customerId", "quantityRemaining", "id", "deliveryDate", "specialOrder");
