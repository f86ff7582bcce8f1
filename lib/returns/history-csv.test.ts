import { beforeAll, describe, expect, it } from "vitest";
import { csvStreamFile, toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { collectBatches, wholeList } from "@/tests/batches";
import { historyColumns } from "./columns";
import { getReturnHistory, returnHistoryBatches } from "./history-query";
import { seedCompany, seedLine } from "./test-fixtures";

// The history CSV is read in keyset batches: in every sort and filter, the batches together are
// exactly the rows (and the order) of the one-query read, and the streamed file is byte-identical.
const columns = historyColumns((key: string) => key);
let customerId: number;
let foreignCustomerId: number;

beforeAll(async () => {
  customerId = (await seedCompany()).customer.id;
  foreignCustomerId = (await seedCompany()).customer.id;
  // Note: equal dates, quantities and articles across lines, so the sort's ties are broken by id across batch edges.
  for (let i = 0; i < 23; i++)
    await seedLine(customerId, {
      daysAgo: 1 + (i % 4),
      delivered: 1 + (i % 3),
      returned: i % 5 === 0 ? 1 : 0,
      article: `WG10000${String(i % 6).padStart(2, "0")}`,
    });
  await seedLine(customerId, { daysAgo: 400 });
  for (let i = 0; i < 3; i++) await seedLine(foreignCustomerId, { daysAgo: 1 });
});

const STATES: Record<string, string>[] = [
  {},
  { sort: "deliveryDate.asc" },
  { sort: "articleNumber.desc" },
  { sort: "remaining.asc" },
  { sort: "netUnitPrice.desc", "f.articleNumber": "WG1000001" },
  { "f.remaining": ">=2" },
];

/** The body as text, its byte-order mark kept (Response.text() would drop it). */
async function bytesAsText(body: unknown): Promise<string> {
  const bytes = await new Response(body as ReadableStream<Uint8Array>).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("returnHistoryBatches", () => {
  it.each(STATES)("gives the rows of the one-query read, in its order, in batches (%o)", async (params) => {
    const state = parseGridState(params, columns, { sort: { id: "deliveryDate", dir: "desc" } });
    const all = (await getReturnHistory(customerId, columns, wholeList(state))).rows;
    const { rows, sizes } = await collectBatches(returnHistoryBatches(customerId, columns, state, 4));
    expect(all.length).toBeGreaterThan(0);
    expect(rows).toEqual(all);
    expect(sizes.every((size) => size <= 4)).toBe(true);
  });

  it("streams the same bytes as the one-piece CSV, in every language", async () => {
    const state = parseGridState({}, columns, { sort: { id: "deliveryDate", dir: "desc" } });
    const all = (await getReturnHistory(customerId, columns, wholeList(state))).rows;
    expect(all).toHaveLength(23);
    for (const locale of ["nl", "fr", "en", "de"] as const) {
      const file = await csvStreamFile(
        "x.csv",
        columns,
        returnHistoryBatches(customerId, columns, state, 5),
        locale,
      );
      const streamed = await bytesAsText(file.body);
      expect(streamed).toBe(toCsv(columns, all, locale));
    }
  });

  it("has no rows of another customer", async () => {
    const state = parseGridState({}, columns, { sort: { id: "deliveryDate", dir: "desc" } });
    const { rows } = await collectBatches(returnHistoryBatches(foreignCustomerId, columns, state, 2));
    expect(rows).toHaveLength(3);
  });
});
