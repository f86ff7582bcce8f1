-- Dealer self-service: company admins, the user's mail choices, and trigram indexes for the one search box.
ALTER TABLE "User"
  ADD COLUMN "companyAdmin" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "mailRmaStatus" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "mailWarrantyStatus" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "mailInvoiceReminders" BOOLEAN NOT NULL DEFAULT true;

-- "Contains" searches on document numbers: trigrams led by the dealer (int4_ops from btree_gin);
-- staff search without the dealer uses the same index (a GIN index serves any of its columns).
CREATE INDEX "Rma_customerId_number_trgm_idx" ON "Rma" USING GIN ("customerId" int4_ops, "number" gin_trgm_ops);
CREATE INDEX "WarrantyClaim_customerId_number_trgm_idx" ON "WarrantyClaim" USING GIN ("customerId" int4_ops, "number" gin_trgm_ops);
CREATE INDEX "WarrantyClaim_customerId_articleNumber_trgm_idx" ON "WarrantyClaim" USING GIN ("customerId" int4_ops, "articleNumber" gin_trgm_ops);
CREATE INDEX "Invoice_customerId_number_trgm_idx" ON "Invoice" USING GIN ("customerId" int4_ops, "number" gin_trgm_ops);
CREATE INDEX "OpenOrderLine_customerId_customerPoNumber_trgm_idx" ON "OpenOrderLine" USING GIN ("customerId" int4_ops, "customerPoNumber" gin_trgm_ops);
