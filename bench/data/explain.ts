// Plans of every dealer page's SQL on the bench database, for the big and the typical dealer.
// Runs each page's lib query once through a Prisma client that logs its statements, then
// EXPLAIN (ANALYZE, BUFFERS) on each statement with the same parameters.
// Run: npx tsx --conditions=react-server bench/data/explain.ts [--plans] [--only <scenario substring>]

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { BIG, benchDatabaseUrl, TYPICAL } from "./accounts";

const url = benchDatabaseUrl();
process.env.DATABASE_URL = url;
const captured: Array<{ query: string; params: unknown[] }> = [];
{
  const { PrismaClient } = await import("@/lib/db/generated/client");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) =>
    captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }),
  );
  (globalThis as { portalConnection?: unknown }).portalConnection = { db: client };
}
const { db } = await import("@/lib/db/client");
const { getHomeCounts } = await import("@/lib/home/queries");
const { listOpenOrderLines } = await import("@/lib/orders/queries");
const { openLineColumns } = await import("@/lib/orders/columns");
const { listUnpaidInvoices } = await import("@/lib/invoices/queries");
const { listClaims } = await import("@/lib/warranty/queries");
const { claimColumns, CLAIM_STATUSES, DEFAULT_CLAIM_SORT } = await import("@/lib/warranty/list-filters");
const { getReturnStatus } = await import("@/lib/returns/status-query");
const { getReturnHistory } = await import("@/lib/returns/history-query");
const { historyColumns, statusColumns } = await import("@/lib/returns/columns");
const { DEFAULT_HISTORY_SORT, DEFAULT_STATUS_SORT } = await import("@/lib/returns/grid-links");
const { parseGridState } = await import("@/lib/grid/params");

const showPlans = process.argv.includes("--plans");
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const key = (k: string) => k;
const openColumns = openLineColumns(key);
const warrantyColumns = claimColumns(
  key,
  Object.fromEntries(CLAIM_STATUSES.map((s) => [s, s])) as Record<(typeof CLAIM_STATUSES)[number], string>,
);
const history = historyColumns(key);
const status = statusColumns(key);

type TScenario = { name: string; run: (customerId: number, userId: number) => Promise<unknown> };
const scenarios: TScenario[] = [
  { name: "home tiles", run: (c, u) => getHomeCounts(c, u) },
  {
    name: "open lines",
    run: (c, u) => listOpenOrderLines(c, openColumns, parseGridState({}, openColumns), u),
  },
  {
    name: "open lines, article contains 1126",
    run: (c, u) =>
      listOpenOrderLines(c, openColumns, parseGridState({ "f.articleNumber": "1126" }, openColumns), u),
  },
  {
    name: "open lines, page 400",
    run: (c, u) => listOpenOrderLines(c, openColumns, parseGridState({ page: "400" }, openColumns), u),
  },
  {
    name: "unpaid invoices",
    run: (c) => listUnpaidInvoices(c, parseGridState({}, [], { sort: { id: "dueDate", dir: "asc" } })),
  },
  {
    name: "warranty list",
    run: (c) =>
      listClaims(c, warrantyColumns, parseGridState({}, warrantyColumns, { sort: DEFAULT_CLAIM_SORT })),
  },
  {
    name: "return status",
    run: (c) => getReturnStatus(c, status, parseGridState({}, status, { sort: DEFAULT_STATUS_SORT })),
  },
  {
    name: "return history",
    run: (c) => getReturnHistory(c, history, parseGridState({}, history, { sort: DEFAULT_HISTORY_SORT })),
  },
  {
    name: "return history, article contains 1126",
    run: (c) =>
      getReturnHistory(
        c,
        history,
        parseGridState({ "f.articleNumber": "1126" }, history, { sort: DEFAULT_HISTORY_SORT }),
      ),
  },
  {
    name: "return history, page 200",
    run: (c) =>
      getReturnHistory(c, history, parseGridState({ page: "200" }, history, { sort: DEFAULT_HISTORY_SORT })),
  },
];

const explainClient = new pg.Client({ connectionString: url });
await explainClient.connect();
await explainClient.query("SET jit = off");

type TPlanNode = {
  "Node Type": string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  Plans?: TPlanNode[];
};
/** Rows the plan read from tables and indexes, to compare with what it returned. */
function rowsRead(node: TPlanNode): number {
  const own =
    node["Relation Name"] || node["Index Name"]
      ? (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0)) * node["Actual Loops"]
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsRead(child), 0);
}

const results: Array<{
  dealer: string;
  scenario: string;
  statements: number;
  ms: number;
  read: number;
  buffers: number;
}> = [];
for (const account of [BIG, TYPICAL]) {
  const user = await db.user.findUniqueOrThrow({
    where: { email: account.email },
    select: { id: true, customerId: true },
  });
  for (const scenario of scenarios) {
    if (only && !scenario.name.includes(only)) continue;
    captured.length = 0;
    try {
      await scenario.run(user.customerId!, user.id);
    } catch (error) {
      console.log(`${account.email} · ${scenario.name}: ${(error as Error).message.split("\n").at(-1)}`);
      continue;
    }
    const statements = captured.filter((c) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(c.query));
    let ms = 0;
    let read = 0;
    let buffers = 0;
    for (const statement of statements) {
      // Note: the best of 3 warm runs: the machine is shared, and the server's cache serves every request.
      let best: { Plan: TPlanNode; "Execution Time": number; "Planning Time": number } | undefined;
      for (let run = 0; run < 4; run++) {
        const { rows } = await explainClient.query(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.query}`,
          statement.params,
        );
        const plan = (
          rows[0] as {
            "QUERY PLAN": Array<{ Plan: TPlanNode; "Execution Time": number; "Planning Time": number }>;
          }
        )["QUERY PLAN"][0]!;
        const total = plan["Execution Time"] + plan["Planning Time"];
        if (run > 0 && (!best || total < best["Execution Time"] + best["Planning Time"])) best = plan;
      }
      ms += best!["Execution Time"] + best!["Planning Time"];
      read += rowsRead(best!.Plan);
      buffers += (best!.Plan["Shared Hit Blocks"] ?? 0) + (best!.Plan["Shared Read Blocks"] ?? 0);
      if (showPlans) {
        const text = await explainClient.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`,
          statement.params,
        );
        console.log(
          `\n--- ${account.email} · ${scenario.name}\n${statement.query}\n${JSON.stringify(statement.params)}`,
        );
        console.log(text.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
      }
    }
    results.push({
      dealer: account.email,
      scenario: scenario.name,
      statements: statements.length,
      ms: Math.round(ms * 10) / 10,
      read,
      buffers,
    });
  }
}
console.log(
  "\ndealer               scenario                                 statements   SQL ms   rows read   buffers",
);
for (const r of results) {
  console.log(
    `${r.dealer.padEnd(20)} ${r.scenario.padEnd(42)} ${String(r.statements).padStart(8)} ${r.ms.toFixed(1).padStart(8)} ${String(r.read).padStart(11)} ${String(r.buffers).padStart(9)}`,
  );
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
await explainClient.end();
await db.$disconnect();
