// Bench: the unpaid-invoices PDF of one dealer with 2,000 unpaid invoices (with payments) on
// PostgreSQL, streamed as the route does. Prints rows, pages, bytes, time and peak RSS.
// Run: DATABASE_URL=postgres://…/portal_bench npx tsx bench/invoices/unpaid-pdf.bench.ts [invoices]
// (plain tsx, not --conditions=react-server: react-pdf needs the full React; "server-only" is
// stubbed below the way the tests stub it.)
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const COUNT = Number(process.argv[2] ?? 2_000);
const { db } = await import("../../lib/db/client");
const { addDays, dateOnly, todayIso } = await import("../../lib/dates");
const { renderUnpaidPdfStream } = await import("../../lib/invoices/render-unpaid-pdf");
const { listUnpaidInvoices } = await import("../../lib/invoices/queries");

const today = todayIso();
const customer = await db.customer.upsert({ where: { erpNumber: "B-INV" }, update: {}, create: { erpNumber: "B-INV", name: "Bench Garage" } });
await db.invoice.deleteMany({ where: { customerId: customer.id } });
const invoices = Array.from({ length: COUNT }, (_, i) => ({
  customerId: customer.id, number: `MVFB${String(i).padStart(6, "0")}`, kind: i % 50 === 0 ? ("CREDIT_NOTE" as const) : ("INVOICE" as const),
  invoiceDate: dateOnly(addDays(today, -30 - (i % 200))), dueDate: dateOnly(addDays(today, -(i % 200))),
  amount: i % 50 === 0 ? "-125.40" : `${100 + (i % 900)}.${String(i % 100).padStart(2, "0")}`,
}));
await db.invoice.createMany({ data: invoices });
const created = await db.invoice.findMany({ where: { customerId: customer.id, kind: "INVOICE" }, select: { id: true, number: true } });
await db.payment.createMany({
  data: created.filter((_, i) => i % 3 === 0).map((inv) => ({ invoiceId: inv.id, erpKey: `B-${inv.number}`, amount: "10.05", paidOn: dateOnly(today) })),
});

const queryStarted = performance.now();
const list = await listUnpaidInvoices(customer.id, { page: 1, pageSize: 0, sort: null, filters: {} }, { today });
console.log(`query: ${list.rows.length} rows + totals in ${((performance.now() - queryStarted) / 1000).toFixed(2)} s`);
for (const run of [1, 2]) {
  const started = performance.now();
  const stream = await renderUnpaidPdfStream(customer.id, "nl", today);
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`run ${run}: ${COUNT} invoices → ${(bytes / 1024).toFixed(0)} KB PDF in ${seconds.toFixed(2)} s`);
}
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await db.invoice.deleteMany({ where: { customerId: customer.id } });
await db.$disconnect();
