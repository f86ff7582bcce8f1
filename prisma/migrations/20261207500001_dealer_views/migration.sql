-- "View as dealer": a staff member's read-only view of a dealer's portal, bound to the staff session.
CREATE TABLE "DealerView" (
    "id" TEXT NOT NULL,
    "staffUserId" INTEGER NOT NULL,
    "sessionId" TEXT NOT NULL,
    "customerId" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "pages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    CONSTRAINT "DealerView_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DealerView_sessionId_idx" ON "DealerView"("sessionId");
CREATE INDEX "DealerView_customerId_startedAt_idx" ON "DealerView"("customerId", "startedAt" DESC);
ALTER TABLE "DealerView" ADD CONSTRAINT "DealerView_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DealerView" ADD CONSTRAINT "DealerView_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
