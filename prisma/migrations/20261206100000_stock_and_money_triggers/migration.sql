-- One home for the invariants of stock and money (DESIGN.md, "Invariants of stock and money").
--
-- Stock. A delivered line's "Aantal in aanvraag" (quantityInRequest) and "Aantal geretourneerd"
-- (quantityReturned) are the sums of its RMA lines: EXPECTED lines are in request with their
-- expected quantity; RECEIVED and INVOICED lines are returned with their received quantity;
-- REJECTED lines count for nothing (the goods are returnable again). The counters stay stored
-- columns (the return history filters, sorts and counts them through indexes, and
-- quantityRemaining is generated from them), but only the database writes them: statement
-- triggers on "RmaLine" recount the delivered lines a change touched, so the dealer's submission,
-- staff receive/reject/close and an ERP credit note all move stock the same way. Chosen over a
-- view (the grid would aggregate RMA lines for every page) and over one TypeScript function (the
-- seed, the bench loader and any future SQL path would each have to remember to call it).
-- Any other write of the counters is refused, so a path that forgets the rule fails at once.
-- Remaining ≥ 0 stays the CHECK "DeliveredLine_quantities_check": a submission locks its
-- delivered lines (FOR UPDATE, in id order), so concurrent requests take turns, and the recount
-- of the second one sees the first one's lines.
--
-- Money. Invoice.paidAmount is the sum of its payments (statement triggers on "Payment"), and
-- settled = portal_invoice_settled(amount, paidAmount), set on every write of an invoice, so it
-- follows a changed amount as well as a new payment. The rule itself lives in that one function.

CREATE FUNCTION "portal_invoice_settled"(amount numeric, paid numeric) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT amount - paid = 0 $$;

-- Recounts the given delivered lines from their RMA lines. Locks them first (id order, as a
-- submission does), so the sums are read after any concurrent change to them has committed.
-- Note: FOR NO KEY UPDATE (the UPDATE's own lock) does not conflict with the key-share lock an
-- RmaLine insert takes for its foreign key, so two inserts for one line queue instead of deadlocking.
CREATE FUNCTION "portal_recount_delivered_lines"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM "DeliveredLine" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  PERFORM set_config('portal.recount', 'on', true);
  UPDATE "DeliveredLine" d SET "quantityInRequest" = s.in_request, "quantityReturned" = s.returned, "updatedAt" = now()
  FROM (
    SELECT x.id,
      coalesce(sum(l."quantityExpected") FILTER (WHERE l."status" = 'EXPECTED'), 0)::int AS in_request,
      coalesce(sum(l."quantityReceived") FILTER (WHERE l."status" IN ('RECEIVED', 'INVOICED')), 0)::int AS returned
    FROM (SELECT DISTINCT unnest(ids) AS id) x LEFT JOIN "RmaLine" l ON l."deliveredLineId" = x.id
    GROUP BY x.id
  ) s
  WHERE d."id" = s.id AND (d."quantityInRequest", d."quantityReturned") IS DISTINCT FROM (s.in_request, s.returned);
  PERFORM set_config('portal.recount', 'off', true);
END $$;

CREATE FUNCTION "portal_recount_invoices"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM "Invoice" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  PERFORM set_config('portal.recount', 'on', true);
  UPDATE "Invoice" i SET "paidAmount" = s.paid, "updatedAt" = now()
  FROM (
    SELECT x.id, coalesce(sum(p."amount"), 0) AS paid
    FROM (SELECT DISTINCT unnest(ids) AS id) x LEFT JOIN "Payment" p ON p."invoiceId" = x.id
    GROUP BY x.id
  ) s
  WHERE i."id" = s.id AND i."paidAmount" IS DISTINCT FROM s.paid;
  PERFORM set_config('portal.recount', 'off', true);
END $$;

-- The statement triggers: one recount per statement, of the rows it touched (a bulk load is one call).
CREATE FUNCTION "RmaLine_recount_stock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "portal_recount_delivered_lines"(ARRAY(SELECT "deliveredLineId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "portal_recount_delivered_lines"(ARRAY(SELECT "deliveredLineId" FROM old_rows));
  ELSE
    PERFORM "portal_recount_delivered_lines"(ARRAY(
      SELECT unnest(ARRAY[o."deliveredLineId", n."deliveredLineId"]) FROM old_rows o JOIN new_rows n USING ("id")
      WHERE (o."deliveredLineId", o."status", o."quantityExpected", o."quantityReceived")
        IS DISTINCT FROM (n."deliveredLineId", n."status", n."quantityExpected", n."quantityReceived")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "RmaLine_recount_stock_insert" AFTER INSERT ON "RmaLine"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "RmaLine_recount_stock"();
CREATE TRIGGER "RmaLine_recount_stock_update" AFTER UPDATE ON "RmaLine"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "RmaLine_recount_stock"();
CREATE TRIGGER "RmaLine_recount_stock_delete" AFTER DELETE ON "RmaLine"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "RmaLine_recount_stock"();

CREATE FUNCTION "Payment_recount_invoices"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "portal_recount_invoices"(ARRAY(SELECT "invoiceId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "portal_recount_invoices"(ARRAY(SELECT "invoiceId" FROM old_rows));
  ELSE
    PERFORM "portal_recount_invoices"(ARRAY(
      SELECT unnest(ARRAY[o."invoiceId", n."invoiceId"]) FROM old_rows o JOIN new_rows n USING ("id")
      WHERE (o."invoiceId", o."amount") IS DISTINCT FROM (n."invoiceId", n."amount")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Payment_recount_invoices_insert" AFTER INSERT ON "Payment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "Payment_recount_invoices"();
CREATE TRIGGER "Payment_recount_invoices_update" AFTER UPDATE ON "Payment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "Payment_recount_invoices"();
CREATE TRIGGER "Payment_recount_invoices_delete" AFTER DELETE ON "Payment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "Payment_recount_invoices"();

-- The guards: the derived columns are written by the recounts only.
CREATE FUNCTION "DeliveredLine_guard_stock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP = 'INSERT' AND (NEW."quantityInRequest" <> 0 OR NEW."quantityReturned" <> 0))
    OR (TG_OP = 'UPDATE' AND current_setting('portal.recount', true) IS DISTINCT FROM 'on'
      AND (NEW."quantityInRequest", NEW."quantityReturned") IS DISTINCT FROM (OLD."quantityInRequest", OLD."quantityReturned")) THEN
    RAISE EXCEPTION 'DeliveredLine % : quantityInRequest and quantityReturned follow its RMA lines; write "RmaLine" rows instead', NEW."id"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "DeliveredLine_guard_stock" BEFORE INSERT OR UPDATE OF "quantityInRequest", "quantityReturned" ON "DeliveredLine"
  FOR EACH ROW EXECUTE FUNCTION "DeliveredLine_guard_stock"();

CREATE FUNCTION "Invoice_derive_paid"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW."paidAmount" <> 0)
    OR (TG_OP = 'UPDATE' AND current_setting('portal.recount', true) IS DISTINCT FROM 'on'
      AND NEW."paidAmount" IS DISTINCT FROM OLD."paidAmount") THEN
    RAISE EXCEPTION 'Invoice % : paidAmount is the sum of its payments; write "Payment" rows instead', NEW."number"
      USING ERRCODE = 'check_violation';
  END IF;
  NEW."settled" := "portal_invoice_settled"(NEW."amount", NEW."paidAmount");
  RETURN NEW;
END $$;

CREATE TRIGGER "Invoice_derive_paid" BEFORE INSERT OR UPDATE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION "Invoice_derive_paid"();

-- Repair what the old write paths left behind.
-- 1. A credit note posted by the ERP for an RMA marked its lines INVOICED without a received
--    quantity: they count as received in full on the credit note's date (the rule of
--    lib/staff/returns/invoice-rma.ts).
UPDATE "RmaLine" l SET "quantityReceived" = l."quantityExpected",
  "receivedAt" = coalesce((SELECT min(i."invoiceDate") FROM "Invoice" i WHERE i."rmaId" = l."rmaId"), r."closedAt"::date, CURRENT_DATE),
  "updatedAt" = now()
FROM "Rma" r
WHERE r."id" = l."rmaId" AND l."status" = 'INVOICED' AND l."quantityReceived" IS NULL;
-- 2. Every delivered line recounted from its RMA lines (frees the units such credit notes left in request).
SELECT "portal_recount_delivered_lines"(ARRAY(SELECT "id" FROM "DeliveredLine"));
-- 3. A credit note staff attached was stored as paid without a payment: book the payment it stands for.
INSERT INTO "Payment" ("invoiceId", "erpKey", "amount", "paidOn", "updatedAt")
SELECT i."id", 'portal:credit-note:' || i."number", i."paidAmount" - coalesce(p.total, 0), i."invoiceDate", now()
FROM "Invoice" i LEFT JOIN (SELECT "invoiceId", sum("amount") AS total FROM "Payment" GROUP BY 1) p ON p."invoiceId" = i."id"
WHERE i."kind" = 'CREDIT_NOTE' AND i."settled" AND i."paidAmount" <> coalesce(p.total, 0);
-- 4. Every invoice's paid amount and settled flag from its payments.
SELECT "portal_recount_invoices"(ARRAY(SELECT "id" FROM "Invoice"));
UPDATE "Invoice" SET "settled" = "portal_invoice_settled"("amount", "paidAmount")
WHERE "settled" IS DISTINCT FROM "portal_invoice_settled"("amount", "paidAmount");
