import "server-only";

// The invariants of stock and money, as SQL queries that must return no rows. The database keeps
// them (migration 20261206100000: triggers on RmaLine and Payment); this checker recomputes each
// one from the raw rows, independently of those triggers, and runs after every database test file
// (tests/setup-db.ts), at the end of the e2e run and after the fault suite
// (scripts/check-invariants.ts). Each row names the record that breaks the rule.
export type TInvariant = { name: string; sql: string };
export type TViolation = { invariant: string; ref: string; detail: string };
export type TInvariantReport = { checks: number; violations: TViolation[] };
/** Runs one SELECT and returns its rows: Prisma's $queryRawUnsafe, a pg client, a TSqlRunner. */
export type TQuery = (sql: string) => Promise<Array<Record<string, unknown>>>;

const LIMIT = 20;

const RMA_LINE_SUMS = `
  SELECT "deliveredLineId" AS id,
    coalesce(sum("quantityExpected") FILTER (WHERE "status" = 'EXPECTED'), 0) AS in_request,
    coalesce(sum("quantityReceived") FILTER (WHERE "status" IN ('RECEIVED', 'INVOICED')), 0) AS returned
  FROM "RmaLine" GROUP BY 1`;

const PAYMENT_SUMS = `SELECT "invoiceId" AS id, sum("amount") AS paid FROM "Payment" GROUP BY 1`;

export const INVARIANTS: TInvariant[] = [
  {
    name: "delivered-line counters equal the sums of its RMA lines by status",
    sql: `SELECT 'DeliveredLine ' || d."id" || ' (' || d."erpKey" || ')' AS ref,
        format('in request %s, returned %s; its RMA lines: %s expected, %s received',
          d."quantityInRequest", d."quantityReturned", coalesce(s.in_request, 0), coalesce(s.returned, 0)) AS detail
      FROM "DeliveredLine" d LEFT JOIN (${RMA_LINE_SUMS}) s ON s.id = d."id"
      WHERE d."quantityInRequest" <> coalesce(s.in_request, 0) OR d."quantityReturned" <> coalesce(s.returned, 0)`,
  },
  {
    name: "remaining to return is delivered − returned − in request, and never below 0",
    sql: `SELECT 'DeliveredLine ' || "id" || ' (' || "erpKey" || ')' AS ref,
        format('delivered %s, returned %s, in request %s, remaining %s',
          "quantityDelivered", "quantityReturned", "quantityInRequest", "quantityRemaining") AS detail
      FROM "DeliveredLine"
      WHERE "quantityRemaining" < 0 OR "quantityRemaining" <> "quantityDelivered" - "quantityReturned" - "quantityInRequest"`,
  },
  {
    name: "an RMA line's quantities agree with its status",
    sql: `SELECT 'RmaLine ' || l."id" || ' of ' || r."number" AS ref,
        format('status %s, received %s on %s', l."status", coalesce(l."quantityReceived"::text, 'null'), coalesce(l."receivedAt"::text, 'null')) AS detail
      FROM "RmaLine" l JOIN "Rma" r ON r."id" = l."rmaId"
      WHERE CASE l."status"
        WHEN 'EXPECTED' THEN l."quantityReceived" IS NOT NULL
        WHEN 'REJECTED' THEN coalesce(l."quantityReceived", 0) <> 0
        ELSE l."quantityReceived" IS NULL OR l."receivedAt" IS NULL END`,
  },
  {
    name: "an RMA's status agrees with its lines",
    sql: `SELECT 'Rma ' || r."number" AS ref,
        format('status %s, closed at %s, lines %s', r."status", coalesce(r."closedAt"::text, 'null'),
          coalesce(string_agg(l."status"::text, ',' ORDER BY l."id"), 'none')) AS detail
      FROM "Rma" r LEFT JOIN "RmaLine" l ON l."rmaId" = r."id"
      GROUP BY r."id"
      HAVING (r."status" = 'OPEN') <> (r."closedAt" IS NULL)
        OR (r."status" = 'OPEN' AND bool_or(l."status" = 'INVOICED'))
        OR (r."status" = 'CLOSED' AND bool_or(l."status" IN ('EXPECTED', 'INVOICED')))
        OR (r."status" = 'INVOICED' AND bool_or(l."status" IN ('EXPECTED', 'RECEIVED')))`,
  },
  {
    name: "an invoice's paid amount equals the sum of its payments",
    sql: `SELECT 'Invoice ' || i."number" AS ref, format('paid %s, payments %s', i."paidAmount", coalesce(p.paid, 0)) AS detail
      FROM "Invoice" i LEFT JOIN (${PAYMENT_SUMS}) p ON p.id = i."id"
      WHERE i."paidAmount" <> coalesce(p.paid, 0)`,
  },
  {
    name: "an invoice is settled if and only if nothing is open",
    sql: `SELECT 'Invoice ' || i."number" AS ref,
        format('settled %s, amount %s, payments %s', i."settled"::text, i."amount", coalesce(p.paid, 0)) AS detail
      FROM "Invoice" i LEFT JOIN (${PAYMENT_SUMS}) p ON p.id = i."id"
      WHERE i."settled" <> "portal_invoice_settled"(i."amount", coalesce(p.paid, 0))`,
  },
  {
    name: "an invoice is paid beyond its amount only through a payment flagged overpayment",
    sql: `SELECT 'Invoice ' || i."number" AS ref,
        format('amount %s, payments %s, none flagged overpayment', i."amount", p.paid) AS detail
      FROM "Invoice" i
      JOIN (SELECT "invoiceId" AS id, sum("amount") AS paid, bool_or("overpayment") AS flagged FROM "Payment" GROUP BY 1) p
        ON p.id = i."id"
      WHERE NOT p.flagged AND CASE WHEN i."amount" < 0 THEN p.paid < i."amount" ELSE p.paid > i."amount" END`,
  },
  {
    name: "an invoice's document, RMA and claim belong to the invoice's customer",
    sql: `SELECT 'Invoice ' || i."number" AS ref,
        format('customer %s; document of %s, RMA of %s, claim of %s', i."customerId", d."customerId", r."customerId", c."customerId") AS detail
      FROM "Invoice" i
      LEFT JOIN "Document" d ON d."id" = i."documentId"
      LEFT JOIN "Rma" r ON r."id" = i."rmaId"
      LEFT JOIN "WarrantyClaim" c ON c."id" = i."claimId"
      WHERE d."customerId" <> i."customerId" OR r."customerId" <> i."customerId" OR c."customerId" <> i."customerId"`,
  },
  {
    name: "a claim's documents belong to the claim's customer",
    sql: `SELECT 'Document ' || d."id" || ' (' || d."fileName" || ')' AS ref,
        format('customer %s; claim %s of %s', d."customerId", c."number", c."customerId") AS detail
      FROM "Document" d JOIN "WarrantyClaim" c ON c."id" = d."claimId"
      WHERE d."customerId" <> c."customerId"`,
  },
  {
    name: "an RMA returns only its customer's delivered lines",
    sql: `SELECT 'RmaLine ' || l."id" || ' of ' || r."number" AS ref,
        format('RMA of customer %s, delivered line %s of customer %s', r."customerId", d."id", d."customerId") AS detail
      FROM "RmaLine" l JOIN "Rma" r ON r."id" = l."rmaId" JOIN "DeliveredLine" d ON d."id" = l."deliveredLineId"
      WHERE d."customerId" <> r."customerId"`,
  },
];

/** Runs every invariant; a violation lists up to LIMIT rows per invariant. */
export async function checkInvariants(query: TQuery): Promise<TInvariantReport> {
  const violations: TViolation[] = [];
  for (const invariant of INVARIANTS) {
    const rows = await query(`SELECT * FROM (${invariant.sql}) v ORDER BY 1 LIMIT ${LIMIT + 1}`);
    for (const row of rows.slice(0, LIMIT))
      violations.push({ invariant: invariant.name, ref: String(row.ref), detail: String(row.detail) });
    if (rows.length > LIMIT)
      violations.push({ invariant: invariant.name, ref: "…", detail: `more than ${LIMIT} rows` });
  }
  return { checks: INVARIANTS.length, violations };
}

/** One line for the log: `Invariants: 9 checks, 0 violations (after lib/x.test.ts)`. */
export function formatInvariantSummary(report: TInvariantReport, where: string): string {
  return `Invariants: ${report.checks} checks, ${report.violations.length} violations (${where})`;
}

export function formatViolations(report: TInvariantReport): string {
  return report.violations.map((v) => `  ✗ ${v.invariant}: ${v.ref} – ${v.detail}`).join("\n");
}

/** Throws when any invariant is broken, naming the rows. */
export async function assertInvariants(query: TQuery, where: string): Promise<TInvariantReport> {
  const report = await checkInvariants(query);
  if (report.violations.length > 0) {
    throw new Error(`${formatInvariantSummary(report, where)}\n${formatViolations(report)}`);
  }
  return report;
}
