-- Indexes the dealer pages need at distributor scale (issue 8; measured with bench/data/explain.ts
-- on `npm run bench:data`): every dealer query starts with its tenant, so each index is led by
-- customerId and answers the page's filter without reading other dealers' rows.
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- Home tiles: open RMAs and open claims of one dealer, counted from the index alone (before: a
-- BitmapAnd of the tenant index and the all-dealers status index).
CREATE INDEX "Rma_customerId_status_idx" ON "Rma"("customerId", "status");
CREATE INDEX "WarrantyClaim_customerId_status_idx" ON "WarrantyClaim"("customerId", "status");

-- Open order lines: the default order (expected date, unknown last, then id) plus the two
-- quantities, so "not fully delivered" is decided in the index and the count (page total and home
-- tile) is an index-only scan instead of reading every line of the dealer.
DROP INDEX "OpenOrderLine_customerId_expectedDate_id_idx";
CREATE INDEX "OpenOrderLine_customerId_expectedDate_open_idx" ON "OpenOrderLine"("customerId", "expectedDate", "id", "quantityDelivered", "quantityOrdered");

-- "Contains" searches on open lines: trigrams led by the dealer (int4_ops from btree_gin), so a
-- search no longer collects the matches of every dealer first.
DROP INDEX "OpenOrderLine_articleNumber_trgm_idx";
DROP INDEX "OpenOrderLine_salesOrderNumber_trgm_idx";
CREATE INDEX "OpenOrderLine_customerId_articleNumber_trgm_idx" ON "OpenOrderLine" USING GIN ("customerId" int4_ops, "articleNumber" gin_trgm_ops);
CREATE INDEX "OpenOrderLine_customerId_salesOrderNumber_trgm_idx" ON "OpenOrderLine" USING GIN ("customerId" int4_ops, "salesOrderNumber" gin_trgm_ops);
