-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('nl', 'fr', 'en', 'de');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('DEALER', 'STAFF');

-- CreateEnum
CREATE TYPE "Carrier" AS ENUM ('NIGHT_CARRIER', 'PARCEL_SERVICE', 'OWN_TRANSPORT');

-- CreateEnum
CREATE TYPE "RmaStatus" AS ENUM ('OPEN', 'CLOSED', 'INVOICED');

-- CreateEnum
CREATE TYPE "RmaLineStatus" AS ENUM ('EXPECTED', 'RECEIVED', 'REJECTED', 'INVOICED');

-- CreateEnum
CREATE TYPE "WarrantyStatus" AS ENUM ('RECEIVED', 'IN_TREATMENT', 'AWARDED', 'REFUSED');

-- CreateEnum
CREATE TYPE "WarrantyEventKind" AS ENUM ('STATUS', 'MESSAGE', 'ATTACHMENT', 'GOODS_RECEIVED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('INVOICE', 'CREDIT_NOTE', 'WARRANTY_ATTACHMENT', 'WARRANTY_REACTION', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentSource" AS ENUM ('DEALER', 'STAFF', 'ERP');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('SET_PASSWORD', 'RESET_PASSWORD');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ChangeSource" AS ENUM ('ERP', 'STAFF');

-- CreateTable
CREATE TABLE "Customer" (
    "id" SERIAL NOT NULL,
    "erpNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "carrier" "Carrier" NOT NULL DEFAULT 'PARCEL_SERVICE',
    "specialOrderReturnsAllowed" BOOLEAN NOT NULL DEFAULT false,
    "street" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT 'NL',
    "email" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'DEALER',
    "language" "Language",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "openOrdersSeenAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "TokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveredLine" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "erpKey" TEXT NOT NULL,
    "salesOrderNumber" TEXT NOT NULL,
    "customerPoNumber" TEXT NOT NULL DEFAULT '',
    "specialOrder" BOOLEAN NOT NULL DEFAULT false,
    "articleNumber" TEXT NOT NULL,
    "externalArticleNumbers" TEXT NOT NULL DEFAULT '',
    "articleName" TEXT NOT NULL,
    "netUnitPrice" DECIMAL(12,2) NOT NULL,
    "quantityOrdered" INTEGER NOT NULL,
    "quantityDelivered" INTEGER NOT NULL,
    "quantityReturned" INTEGER NOT NULL DEFAULT 0,
    "quantityInRequest" INTEGER NOT NULL DEFAULT 0,
    "deliveryDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeliveredLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnReason" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "labelNl" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelDe" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnReason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rma" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "customerId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "RmaStatus" NOT NULL DEFAULT 'OPEN',
    "reference" TEXT NOT NULL DEFAULT '',
    "remarks" TEXT NOT NULL DEFAULT '',
    "copyEmail" TEXT,
    "surcharge" DECIMAL(12,2) NOT NULL,
    "parcelCount" INTEGER NOT NULL DEFAULT 1,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rma_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RmaLine" (
    "id" SERIAL NOT NULL,
    "rmaId" INTEGER NOT NULL,
    "deliveredLineId" INTEGER NOT NULL,
    "reasonId" INTEGER NOT NULL,
    "quantityExpected" INTEGER NOT NULL,
    "quantityReceived" INTEGER,
    "receivedAt" DATE,
    "status" "RmaLineStatus" NOT NULL DEFAULT 'EXPECTED',
    "rejectionReason" TEXT,
    "remark" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RmaLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyClaim" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "customerId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "WarrantyStatus" NOT NULL DEFAULT 'RECEIVED',
    "articleNumber" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "salesOrderNumber" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "vehicleMake" TEXT NOT NULL,
    "vehicleModel" TEXT NOT NULL,
    "vehicleYear" INTEGER,
    "vin" TEXT NOT NULL DEFAULT '',
    "engineCode" TEXT NOT NULL DEFAULT '',
    "mileageAtFitting" INTEGER,
    "mileageAtFailure" INTEGER,
    "fittingDate" DATE,
    "failureDate" DATE,
    "fittedBy" TEXT NOT NULL DEFAULT '',
    "complaint" TEXT NOT NULL,
    "checksDone" TEXT[],
    "goodsReceived" BOOLEAN NOT NULL DEFAULT false,
    "remark" TEXT NOT NULL DEFAULT '',
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WarrantyClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarrantyEvent" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "kind" "WarrantyEventKind" NOT NULL,
    "status" "WarrantyStatus",
    "message" TEXT NOT NULL DEFAULT '',
    "byStaff" BOOLEAN NOT NULL DEFAULT false,
    "actorUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WarrantyEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "source" "DocumentSource" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "claimId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL DEFAULT 'INVOICE',
    "invoiceDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "paidAmount" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "settled" BOOLEAN NOT NULL DEFAULT false,
    "documentId" INTEGER,
    "rmaId" INTEGER,
    "claimId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "invoiceId" INTEGER NOT NULL,
    "erpKey" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "paidOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpenOrderLine" (
    "id" SERIAL NOT NULL,
    "customerId" INTEGER NOT NULL,
    "erpKey" TEXT NOT NULL,
    "salesOrderNumber" TEXT NOT NULL,
    "orderDate" DATE NOT NULL,
    "salesRep" TEXT NOT NULL DEFAULT '',
    "customerPoNumber" TEXT NOT NULL DEFAULT '',
    "articleNumber" TEXT NOT NULL,
    "deliverArticleNumber" TEXT NOT NULL,
    "articleName" TEXT NOT NULL,
    "quantityOrdered" INTEGER NOT NULL,
    "quantityDelivered" INTEGER NOT NULL DEFAULT 0,
    "expectedDate" DATE,
    "expectedDateChangedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpenOrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpectedDateChange" (
    "id" SERIAL NOT NULL,
    "openOrderLineId" INTEGER NOT NULL,
    "previousDate" DATE,
    "newDate" DATE,
    "source" "ChangeSource" NOT NULL,
    "actorUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpectedDateChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "returnSurcharge" DECIMAL(12,2) NOT NULL DEFAULT 2.50,
    "termsUrl" TEXT NOT NULL DEFAULT '/terms',
    "warrantyManualUrl" TEXT NOT NULL DEFAULT '/warranty-manual',
    "returnAddress" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "actorUserId" INTEGER,
    "actorRole" TEXT NOT NULL,
    "customerId" INTEGER,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "to" TEXT[],
    "template" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErpToken" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Customer_erpNumber_key" ON "Customer"("erpNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_customerId_idx" ON "User"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_kind_idx" ON "AuthToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveredLine_erpKey_key" ON "DeliveredLine"("erpKey");

-- CreateIndex
CREATE INDEX "DeliveredLine_customerId_deliveryDate_id_idx" ON "DeliveredLine"("customerId", "deliveryDate" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "DeliveredLine_articleNumber_trgm_idx" ON "DeliveredLine" USING GIN ("articleNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DeliveredLine_salesOrderNumber_trgm_idx" ON "DeliveredLine" USING GIN ("salesOrderNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DeliveredLine_customerPoNumber_trgm_idx" ON "DeliveredLine" USING GIN ("customerPoNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DeliveredLine_externalArticleNumbers_trgm_idx" ON "DeliveredLine" USING GIN ("externalArticleNumbers" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DeliveredLine_articleName_trgm_idx" ON "DeliveredLine" USING GIN ("articleName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ReturnReason_code_key" ON "ReturnReason"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Rma_number_key" ON "Rma"("number");

-- CreateIndex
CREATE INDEX "Rma_customerId_createdAt_idx" ON "Rma"("customerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Rma_status_createdAt_idx" ON "Rma"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rma_customerId_idempotencyKey_key" ON "Rma"("customerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "RmaLine_rmaId_idx" ON "RmaLine"("rmaId");

-- CreateIndex
CREATE INDEX "RmaLine_deliveredLineId_idx" ON "RmaLine"("deliveredLineId");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaim_number_key" ON "WarrantyClaim"("number");

-- CreateIndex
CREATE INDEX "WarrantyClaim_customerId_createdAt_idx" ON "WarrantyClaim"("customerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "WarrantyClaim_status_createdAt_idx" ON "WarrantyClaim"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WarrantyClaim_customerId_idempotencyKey_key" ON "WarrantyClaim"("customerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "WarrantyEvent_claimId_createdAt_idx" ON "WarrantyEvent"("claimId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_customerId_idx" ON "Document"("customerId");

-- CreateIndex
CREATE INDEX "Document_claimId_idx" ON "Document"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_customerId_settled_dueDate_idx" ON "Invoice"("customerId", "settled", "dueDate");

-- CreateIndex
CREATE INDEX "Invoice_rmaId_idx" ON "Invoice"("rmaId");

-- CreateIndex
CREATE INDEX "Invoice_claimId_idx" ON "Invoice"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_erpKey_key" ON "Payment"("erpKey");

-- CreateIndex
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "OpenOrderLine_erpKey_key" ON "OpenOrderLine"("erpKey");

-- CreateIndex
CREATE INDEX "OpenOrderLine_customerId_expectedDate_id_idx" ON "OpenOrderLine"("customerId", "expectedDate", "id");

-- CreateIndex
CREATE INDEX "OpenOrderLine_articleNumber_trgm_idx" ON "OpenOrderLine" USING GIN ("articleNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OpenOrderLine_salesOrderNumber_trgm_idx" ON "OpenOrderLine" USING GIN ("salesOrderNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ExpectedDateChange_openOrderLineId_createdAt_idx" ON "ExpectedDateChange"("openOrderLineId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_customerId_createdAt_idx" ON "AuditEntry"("customerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_objectType_objectId_idx" ON "AuditEntry"("objectType", "objectId");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ErpToken_tokenHash_key" ON "ErpToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveredLine" ADD CONSTRAINT "DeliveredLine_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rma" ADD CONSTRAINT "Rma_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rma" ADD CONSTRAINT "Rma_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RmaLine" ADD CONSTRAINT "RmaLine_rmaId_fkey" FOREIGN KEY ("rmaId") REFERENCES "Rma"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RmaLine" ADD CONSTRAINT "RmaLine_deliveredLineId_fkey" FOREIGN KEY ("deliveredLineId") REFERENCES "DeliveredLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RmaLine" ADD CONSTRAINT "RmaLine_reasonId_fkey" FOREIGN KEY ("reasonId") REFERENCES "ReturnReason"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyClaim" ADD CONSTRAINT "WarrantyClaim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarrantyEvent" ADD CONSTRAINT "WarrantyEvent_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "WarrantyClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "WarrantyClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_rmaId_fkey" FOREIGN KEY ("rmaId") REFERENCES "Rma"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "WarrantyClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpenOrderLine" ADD CONSTRAINT "OpenOrderLine_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpectedDateChange" ADD CONSTRAINT "ExpectedDateChange_openOrderLineId_fkey" FOREIGN KEY ("openOrderLineId") REFERENCES "OpenOrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Note: invariants Prisma's schema can't state, enforced by the database itself.
ALTER TABLE "DeliveredLine" ADD CONSTRAINT "DeliveredLine_quantities_check"
  CHECK ("quantityDelivered" >= 0 AND "quantityReturned" >= 0 AND "quantityInRequest" >= 0
         AND "quantityDelivered" - "quantityReturned" - "quantityInRequest" >= 0);
ALTER TABLE "RmaLine" ADD CONSTRAINT "RmaLine_quantities_check"
  CHECK ("quantityExpected" > 0 AND ("quantityReceived" IS NULL OR ("quantityReceived" >= 0 AND "quantityReceived" <= "quantityExpected")));
ALTER TABLE "PortalSettings" ADD CONSTRAINT "PortalSettings_singleton_check" CHECK ("id" = 1);
