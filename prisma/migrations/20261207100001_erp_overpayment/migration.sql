-- ERP API 1.1 (issue 18): a payment may pay more than is open only when the ERP flags it as an
-- overpayment; such an invoice is settled and shows a credit balance (open < 0).
--
-- settled = nothing is open any more: for an invoice (amount ≥ 0) the payments reach the
-- amount; for a credit note (amount < 0) the refunds reach it. The rule keeps its one home in
-- portal_invoice_settled (trigger "Invoice_derive_paid" and lib/db/invariants.ts call it).
ALTER TABLE "Payment" ADD COLUMN "overpayment" BOOLEAN NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION "portal_invoice_settled"(amount numeric, paid numeric) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN amount < 0 THEN paid <= amount ELSE paid >= amount END $$;

-- Invoices already paid beyond their amount: their latest payment is the overpayment.
UPDATE "Payment" p SET "overpayment" = true, "updatedAt" = now()
FROM (
  SELECT DISTINCT ON (i."id") i."id", p2."id" AS payment_id
  FROM "Invoice" i JOIN "Payment" p2 ON p2."invoiceId" = i."id"
  WHERE CASE WHEN i."amount" < 0 THEN i."paidAmount" < i."amount" ELSE i."paidAmount" > i."amount" END
  ORDER BY i."id", p2."paidOn" DESC, p2."id" DESC
) o
WHERE p."id" = o.payment_id;

-- Every invoice's settled flag by the rule above.
UPDATE "Invoice" SET "settled" = "portal_invoice_settled"("amount", "paidAmount")
WHERE "settled" IS DISTINCT FROM "portal_invoice_settled"("amount", "paidAmount");
