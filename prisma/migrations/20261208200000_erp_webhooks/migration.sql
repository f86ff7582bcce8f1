-- ERP API 1.1 (issue 18): webhooks. Staff register one endpoint URL per ERP token; every
-- creation or change of an RMA or warranty claim writes one event per endpoint, in the same
-- transaction as the change, and a drainer (lib/erp/webhooks/deliver.ts) posts it.
CREATE TYPE "WebhookEventStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

CREATE TABLE "WebhookEndpoint" (
  "id" SERIAL PRIMARY KEY,
  "tokenId" INTEGER NOT NULL REFERENCES "ErpToken"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "url" TEXT NOT NULL,
  "secret" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL
);
CREATE UNIQUE INDEX "WebhookEndpoint_tokenId_key" ON "WebhookEndpoint"("tokenId");

CREATE TABLE "WebhookEvent" (
  "id" SERIAL PRIMARY KEY,
  "endpointId" INTEGER NOT NULL REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "type" TEXT NOT NULL,
  "objectType" TEXT NOT NULL,
  "objectId" INTEGER NOT NULL,
  "objectNumber" TEXT NOT NULL,
  "txid" BIGINT NOT NULL,
  "body" TEXT,
  "status" "WebhookEventStatus" NOT NULL DEFAULT 'PENDING',
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "lastError" TEXT,
  "deliveredAt" TIMESTAMP(3),
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "WebhookEvent_endpointId_objectType_objectId_txid_key"
  ON "WebhookEvent"("endpointId", "objectType", "objectId", "txid");
CREATE INDEX "WebhookEvent_status_nextAttemptAt_idx" ON "WebhookEvent"("status", "nextAttemptAt");
CREATE INDEX "WebhookEvent_endpointId_createdAt_idx" ON "WebhookEvent"("endpointId", "createdAt" DESC);

CREATE TABLE "WebhookAttempt" (
  "id" SERIAL PRIMARY KEY,
  "eventId" INTEGER NOT NULL REFERENCES "WebhookEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "statusCode" INTEGER,
  "durationMs" INTEGER NOT NULL,
  "error" TEXT
);
CREATE INDEX "WebhookAttempt_eventId_id_idx" ON "WebhookAttempt"("eventId", "id");

-- Why triggers, not a helper called from the application: RMAs, their lines and warranty
-- claims change in many places (the dealer's forms, staff receipt and handling, goods-in, the
-- ERP's credit notes that invoice an RMA, and the ERP write-back endpoints being added), and a
-- missed call would silently lose an event. A trigger is the one place every change passes,
-- and it runs in the change's own transaction: a rolled-back change leaves no event.
-- One event per object, endpoint and transaction (txid): a receipt that touches ten lines and
-- the RMA is one "rma.updated"; a creation stays "….created" whatever else the transaction does.
-- The payload (the feed's shape, lib/erp/feed.ts) is filled in by the drainer when it first
-- sends the event, since SQL cannot call the feed's serializer.
CREATE FUNCTION "portal_webhook_enqueue"(kind TEXT, object_type TEXT, object_id INTEGER, object_number TEXT)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "WebhookEvent" ("endpointId", "type", "objectType", "objectId", "objectNumber", "txid")
  SELECT e."id", object_type || '.' || kind, object_type, object_id, object_number, txid_current()
  FROM "WebhookEndpoint" e JOIN "ErpToken" t ON t."id" = e."tokenId"
  WHERE t."revokedAt" IS NULL
  ON CONFLICT ("endpointId", "objectType", "objectId", "txid")
  DO UPDATE SET "objectNumber" = EXCLUDED."objectNumber"
$$;

CREATE FUNCTION "portal_webhook_rma"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "portal_webhook_enqueue"(CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'updated' END, 'rma', NEW."id", NEW."number");
  RETURN NULL;
END $$;

CREATE FUNCTION "portal_webhook_rma_line"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  FOR r IN SELECT "id", "number" FROM "Rma"
    WHERE "id" IN (CASE WHEN TG_OP = 'DELETE' THEN OLD."rmaId" ELSE NEW."rmaId" END,
                   CASE WHEN TG_OP = 'INSERT' THEN NEW."rmaId" ELSE OLD."rmaId" END)
  LOOP
    PERFORM "portal_webhook_enqueue"('updated', 'rma', r."id", r."number");
  END LOOP;
  RETURN NULL;
END $$;

CREATE FUNCTION "portal_webhook_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "portal_webhook_enqueue"(CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'updated' END, 'warranty_claim', NEW."id", NEW."number");
  RETURN NULL;
END $$;

CREATE FUNCTION "portal_webhook_claim_event"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  SELECT "id", "number" INTO r FROM "WarrantyClaim" WHERE "id" = NEW."claimId";
  IF FOUND THEN PERFORM "portal_webhook_enqueue"('updated', 'warranty_claim', r."id", r."number"); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Rma_webhook_insert" AFTER INSERT ON "Rma"
  FOR EACH ROW EXECUTE FUNCTION "portal_webhook_rma"();
CREATE TRIGGER "Rma_webhook_update" AFTER UPDATE ON "Rma"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "portal_webhook_rma"();
CREATE TRIGGER "RmaLine_webhook_insert_delete" AFTER INSERT OR DELETE ON "RmaLine"
  FOR EACH ROW EXECUTE FUNCTION "portal_webhook_rma_line"();
CREATE TRIGGER "RmaLine_webhook_update" AFTER UPDATE ON "RmaLine"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "portal_webhook_rma_line"();
CREATE TRIGGER "WarrantyClaim_webhook_insert" AFTER INSERT ON "WarrantyClaim"
  FOR EACH ROW EXECUTE FUNCTION "portal_webhook_claim"();
CREATE TRIGGER "WarrantyClaim_webhook_update" AFTER UPDATE ON "WarrantyClaim"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "portal_webhook_claim"();
CREATE TRIGGER "WarrantyEvent_webhook_insert" AFTER INSERT ON "WarrantyEvent"
  FOR EACH ROW EXECUTE FUNCTION "portal_webhook_claim_event"();
