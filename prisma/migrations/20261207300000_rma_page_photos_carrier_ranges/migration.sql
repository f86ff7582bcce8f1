-- Photos on a return line (the reason asks for evidence), the carrier's number ranges for
-- tracking numbers on the return label, and the label's parcel weight.
ALTER TYPE "DocumentKind" ADD VALUE 'RETURN_PHOTO';

ALTER TABLE "ReturnReason" ADD COLUMN "asksForEvidence" BOOLEAN NOT NULL DEFAULT false;
-- Note: no reason asks for photos until staff tick it (the demo seed ticks Transportschade), so no
-- return flow changes on the day this is deployed.

ALTER TABLE "Rma" ADD COLUMN "trackingNumber" TEXT, ADD COLUMN "weightKg" DECIMAL(8,2);
CREATE UNIQUE INDEX "Rma_trackingNumber_key" ON "Rma"("trackingNumber");

ALTER TABLE "Document" ADD COLUMN "rmaLineId" INTEGER;
CREATE INDEX "Document_rmaLineId_idx" ON "Document"("rmaLineId");
ALTER TABLE "Document" ADD CONSTRAINT "Document_rmaLineId_fkey" FOREIGN KEY ("rmaLineId") REFERENCES "RmaLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CarrierNumberRange" (
    "carrier" "Carrier" NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "nextValue" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CarrierNumberRange_pkey" PRIMARY KEY ("carrier")
);
-- The night carrier prints labels from the first day; staff change name and range in the settings.
INSERT INTO "CarrierNumberRange" ("carrier", "name", "prefix", "nextValue", "lastValue", "updatedAt")
VALUES ('NIGHT_CARRIER', 'Hellmann', 'HWL', 100000001, 199999999, CURRENT_TIMESTAMP);
