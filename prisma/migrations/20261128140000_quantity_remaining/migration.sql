-- Aantal nog te retourneren (SPEC §2.1) as a column of its own: the database computes it, so the
-- return history filters, sorts and counts it through indexes instead of id lists.
-- Note: STORED generated; the app never writes it (schema.prisma declares it @default(dbgenerated())).
-- The CHECK "DeliveredLine_quantities_check" (init) keeps it from going below zero.
SET LOCAL maintenance_work_mem = '128MB';

-- "Contains" searches: the trigram indexes lead with the dealer (btree_gin's int4_ops), so one
-- index scan intersects the dealer's rows with the matching ones. Dropped first, so adding the
-- column (a table rewrite) doesn't rebuild them.
CREATE EXTENSION IF NOT EXISTS "btree_gin";
DROP INDEX "DeliveredLine_articleNumber_trgm_idx";
DROP INDEX "DeliveredLine_salesOrderNumber_trgm_idx";
DROP INDEX "DeliveredLine_customerPoNumber_trgm_idx";
DROP INDEX "DeliveredLine_externalArticleNumbers_trgm_idx";
DROP INDEX "DeliveredLine_articleName_trgm_idx";

ALTER TABLE "DeliveredLine" ADD COLUMN "quantityRemaining" INTEGER NOT NULL
  GENERATED ALWAYS AS ("quantityDelivered" - "quantityReturned" - "quantityInRequest") STORED;

-- "remaining > 0", "remaining >= n" and sorting by remaining, for one dealer: remaining and id
-- in the grid's order (id is its tie-breaker), then the delivery date, so the 12-month window
-- and the counts are answered from the index alone.
CREATE INDEX "DeliveredLine_customerId_quantityRemaining_id_deliveryDate_idx"
  ON "DeliveredLine" ("customerId", "quantityRemaining", "id", "deliveryDate");

CREATE INDEX "DeliveredLine_customerId_articleNumber_trgm_idx" ON "DeliveredLine" USING GIN ("customerId" int4_ops, "articleNumber" gin_trgm_ops);
CREATE INDEX "DeliveredLine_customerId_salesOrderNumber_trgm_idx" ON "DeliveredLine" USING GIN ("customerId" int4_ops, "salesOrderNumber" gin_trgm_ops);
CREATE INDEX "DeliveredLine_customerId_customerPoNumber_trgm_idx" ON "DeliveredLine" USING GIN ("customerId" int4_ops, "customerPoNumber" gin_trgm_ops);
CREATE INDEX "DeliveredLine_customerId_externalArticleNumbers_trgm_idx" ON "DeliveredLine" USING GIN ("customerId" int4_ops, "externalArticleNumbers" gin_trgm_ops);
CREATE INDEX "DeliveredLine_customerId_articleName_trgm_idx" ON "DeliveredLine" USING GIN ("customerId" int4_ops, "articleName" gin_trgm_ops);

ANALYZE "DeliveredLine";
