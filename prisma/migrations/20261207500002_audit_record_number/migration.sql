-- The audit trail names records by their business numbers (IRM…, MAS…, ERP customer number,
-- e-mail, sales order number): a column written with each entry, filled here for the past ones.
ALTER TABLE "AuditEntry" ADD COLUMN "recordNumber" TEXT;
CREATE INDEX "AuditEntry_recordNumber_createdAt_idx" ON "AuditEntry"("recordNumber", "createdAt" DESC);

UPDATE "AuditEntry" a SET "recordNumber" = r."number" FROM "Rma" r
  WHERE a."objectType" = 'Rma' AND a."objectId" = r."id"::text;
UPDATE "AuditEntry" SET "recordNumber" = "objectId"
  WHERE "objectType" IN ('Rma', 'WarrantyClaim') AND "objectId" !~ '^[0-9]+$';
UPDATE "AuditEntry" a SET "recordNumber" = r."number" FROM "RmaLine" l JOIN "Rma" r ON r."id" = l."rmaId"
  WHERE a."objectType" = 'RmaLine' AND a."objectId" = l."id"::text;
UPDATE "AuditEntry" a SET "recordNumber" = w."number" FROM "WarrantyClaim" w
  WHERE a."objectType" = 'WarrantyClaim' AND a."objectId" = w."id"::text;
UPDATE "AuditEntry" a SET "recordNumber" = c."erpNumber" FROM "Customer" c
  WHERE a."objectType" = 'Customer' AND a."objectId" = c."id"::text;
UPDATE "AuditEntry" a SET "recordNumber" = u."email" FROM "User" u
  WHERE a."objectType" = 'User' AND a."objectId" = u."id"::text;
UPDATE "AuditEntry" a SET "recordNumber" = o."salesOrderNumber" FROM "OpenOrderLine" o
  WHERE a."objectType" = 'OpenOrderLine' AND a."objectId" = o."id"::text;
UPDATE "AuditEntry" a SET "recordNumber" = c."erpNumber" FROM "DealerView" v JOIN "Customer" c ON c."id" = v."customerId"
  WHERE a."objectType" = 'DealerView' AND a."objectId" = v."id";
