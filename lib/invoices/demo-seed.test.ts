import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedInvoices } from "@/prisma/seed/invoices";
import { createRandom } from "@/prisma/seed/random";
import { loadInvoiceDocument } from "./invoice-document";
import { listUnpaidInvoices } from "./queries";

env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "seed-invoices-"));

// The e2e specs rely on these cases being in the demo.
it("seeds every case the unpaid page shows, and Invoice.paidAmount equals the sum of its payments", async () => {
  const customer = await db.customer.create({ data: { erpNumber: "10001", name: "Garage Dupont" } });
  await seedInvoices(db, createRandom(20261128), customer.id, customer.erpNumber, 16);
  const today = todayIso();
  const { rows } = await listUnpaidInvoices(
    customer.id,
    { page: 1, pageSize: 0, sort: null, filters: {} },
    { today },
  );
  expect(
    rows.some(
      (r) => r.kind === "INVOICE" && r.paidAmount !== "0.00" && Number(r.openAmount) > 0 && !r.overdue,
    ),
  ).toBe(true);
  expect(rows.some((r) => r.dueDate === today && !r.overdue)).toBe(true);
  expect(rows.some((r) => r.overdue && Number(r.openAmount) > 0)).toBe(true);
  expect(rows.some((r) => r.kind === "CREDIT_NOTE" && r.openAmount.startsWith("-"))).toBe(true);
  expect(rows.some((r) => r.kind === "INVOICE" && r.openAmount.startsWith("-"))).toBe(true);
  const pastDueCredit = rows.some((r) => r.openAmount.startsWith("-") && r.dueDate < today && !r.overdue);
  expect(pastDueCredit, "a past-due credit, not overdue").toBe(true);
  expect(rows.some((r) => r.hasDocument)).toBe(true);
  expect(rows).toHaveLength(13);
  const mismatched = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Invoice" i
    WHERE i."paidAmount" <> COALESCE((SELECT SUM(p."amount") FROM "Payment" p WHERE p."invoiceId" = i."id"), 0)`;
  expect(mismatched[0]!.n).toBe(0);
  const withDocument = rows.find((r) => r.hasDocument)!;
  expect((await loadInvoiceDocument(customer.id, withDocument.number))?.contentType).toBe("application/pdf");
});
