// Bench: the unpaid-invoices PDF of one dealer with N unpaid invoices (default 2,000, a third
// with a payment, every 50th a credit note) on PostgreSQL, streamed as the route does.
// Per run: wall and CPU time, PDF size and pages, RSS before the run and the process's peak RSS
// after it. Run 1 is cold (first React/react-pdf/pdfkit use in the process), like a fresh server.
// The process also holds Prisma, React and tsx, so "before" is its floor and "growth" (peak −
// before) is what rendering adds; growth is exact for run 1 and a lower bound after that.
// Run: DATABASE_URL=postgres://…/portal_bench npx tsx --expose-gc bench/invoices/unpaid-pdf.bench.ts [invoices] [runs]
// (plain tsx, not --conditions=react-server: react-pdf needs the full React; "server-only" is
// stubbed below the way the tests stub it.)
import "../stub-server-only";

const COUNT = Number(process.argv[2] ?? 2_000);
const RUNS = Number(process.argv[3] ?? 3);
const { db } = await import("../../lib/db/client");
const { todayIso } = await import("../../lib/dates");
const { renderUnpaidPdfStream } = await import("../../lib/invoices/render-unpaid-pdf");
const { listUnpaidInvoices } = await import("../../lib/invoices/queries");

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const today = todayIso();
const customer = await db.customer.upsert({
  where: { erpNumber: "B-INV" },
  update: {},
  create: { erpNumber: "B-INV", name: "Bench Garage" },
});
await db.invoice.deleteMany({ where: { customerId: customer.id } });
// Seeded in SQL, so the seeding leaves nothing behind in this process's memory.
await db.$executeRaw`
  INSERT INTO "Invoice" ("customerId", "number", "kind", "invoiceDate", "dueDate", "amount", "updatedAt")
  SELECT ${customer.id}, 'MVFB' || lpad(i::text, 6, '0'),
    (CASE WHEN i % 50 = 0 THEN 'CREDIT_NOTE' ELSE 'INVOICE' END)::"InvoiceKind",
    ${today}::date - 30 - (i % 200), ${today}::date - (i % 200),
    CASE WHEN i % 50 = 0 THEN -125.40 ELSE 100 + (i % 900) + (i % 100) / 100.0 END, now()
  FROM generate_series(0, ${COUNT - 1}::int) AS i`;
await db.$executeRaw`
  INSERT INTO "Payment" ("invoiceId", "erpKey", "amount", "paidOn", "updatedAt")
  SELECT i."id", 'B-' || i."number", 10.05, ${today}::date, now()
  FROM "Invoice" i WHERE i."customerId" = ${customer.id} AND i."kind" = 'INVOICE' AND i."id" % 3 = 0`;

const queryStarted = performance.now();
const list = await listUnpaidInvoices(
  customer.id,
  { page: 1, pageSize: 0, sort: null, filters: {} },
  { today },
);
console.log(
  `query: ${list.rows.length} rows + totals in ${((performance.now() - queryStarted) / 1000).toFixed(2)} s`,
);
for (let run = 1; run <= RUNS; run++) {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const stream = await renderUnpaidPdfStream(customer.id, "nl", today);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const pdf = Buffer.concat(chunks);
  const pages = pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `run ${run}: ${COUNT} invoices → ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB in ${seconds.toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s); ` +
      `RSS before ${mb(rssBefore)}, peak ${mb(peak)}, growth ${mb(Math.max(0, peak - rssBefore))}`,
  );
}
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await db.invoice.deleteMany({ where: { customerId: customer.id } });
await db.$disconnect();
