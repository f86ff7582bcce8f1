-- ERP import at COPY speed (issue 22): DeliveredLine pages keep half their room free, so a line
-- the ERP sends again with a new price (or any change to columns no index holds) gets its new
-- version on the same page, a HOT update: none of its nine indexes, five of them trigram GINs, is
-- written. With full pages every changed line wrote a new entry in each index: the upsert of
-- 100,000 changed prices took the database 3 to 5 times the CPU (measured as in import.bench.ts).
-- 50: the worst case the ERP sends, every line of a page changed in one batch, still fits.
-- The price: the table's heap is about twice as large. Pages already full keep no room until the
-- table is rewritten (VACUUM FULL); every page written from now on does.
ALTER TABLE "DeliveredLine" SET (fillfactor = 50);
