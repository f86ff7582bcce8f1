-- ERP API 1.1 write-back: a change the ERP makes through its token (an RMA receipt, a warranty
-- claim's status) is audited under that token, so the trail names it.
ALTER TABLE "AuditEntry" ADD COLUMN "actorErpTokenId" INTEGER;
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorErpTokenId_fkey"
  FOREIGN KEY ("actorErpTokenId") REFERENCES "ErpToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;
