-- "Moved later" marks stay until the dealer acknowledges them, per user and per line (issue 19);
-- they replace the per-visit time on the user.
CREATE TABLE "ExpectedDateAcknowledgement" (
    "userId" INTEGER NOT NULL,
    "openOrderLineId" INTEGER NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExpectedDateAcknowledgement_pkey" PRIMARY KEY ("userId", "openOrderLineId")
);
CREATE INDEX "ExpectedDateAcknowledgement_openOrderLineId_idx" ON "ExpectedDateAcknowledgement"("openOrderLineId");
ALTER TABLE "ExpectedDateAcknowledgement" ADD CONSTRAINT "ExpectedDateAcknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExpectedDateAcknowledgement" ADD CONSTRAINT "ExpectedDateAcknowledgement_openOrderLineId_fkey" FOREIGN KEY ("openOrderLineId") REFERENCES "OpenOrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A visit acknowledged every line at once: what it had seen carries over as acknowledged.
INSERT INTO "ExpectedDateAcknowledgement" ("userId", "openOrderLineId", "acknowledgedAt")
SELECT u."id", l."id", u."openOrdersSeenAt"
FROM "User" u JOIN "OpenOrderLine" l ON l."customerId" = u."customerId"
WHERE u."openOrdersSeenAt" IS NOT NULL;

ALTER TABLE "User" DROP COLUMN "openOrdersSeenAt";
