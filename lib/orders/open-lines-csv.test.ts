import { beforeAll, describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { parseGridState } from "@/lib/grid/params";
import { collectBatches, wholeList } from "@/tests/batches";
import { OPEN_LINE_COLUMN_IDS, openLineColumns } from "./columns";
import { listOpenOrderLines, openOrderLineBatches } from "./queries";

// The open order lines CSV is read in keyset batches; unknown expected dates sort last in either
// direction, so batch edges fall before, on and after the boundary between dates and nulls.
const columns = openLineColumns((id) => id);
let dealer: number;

beforeAll(async () => {
  dealer = (await db.customer.create({ data: { erpNumber: "31001", name: "Dealer" } })).id;
  const other = (await db.customer.create({ data: { erpNumber: "31002", name: "Other" } })).id;
  const dates = ["2026-12-01", null, "2026-12-05", null, "2026-12-01", null, "2026-12-20", null, null];
  for (const [i, expected] of [...dates, ...dates].entries())
    await db.openOrderLine.create({
      data: {
        customerId: i === 17 ? other : dealer,
        erpKey: String(i).padStart(7, "0"),
        salesOrderNumber: `VVO${100 + (i % 4)}`,
        orderDate: dateOnly(`2026-10-0${1 + (i % 3)}`),
        salesRep: i % 2 ? "Heesen J." : "Aerts K.",
        customerPoNumber: i % 5 ? "" : "PO-1",
        articleNumber: `WG10${i % 3}`,
        deliverArticleNumber: `WG10${i % 3}`,
        articleName: "Turbo",
        quantityOrdered: 4,
        quantityDelivered: i === 16 ? 4 : i % 2,
        expectedDate: expected ? dateOnly(expected) : null,
      },
    });
});

const sortable = OPEN_LINE_COLUMN_IDS.filter((id) => id !== "remaining");
const SORTS = [null, ...sortable.flatMap((id) => [`${id}.asc`, `${id}.desc`])];

describe("openOrderLineBatches", () => {
  it.each(SORTS)(
    "gives the rows of the one-query read in its order, across the null boundary (%s)",
    async (sort) => {
      const state = parseGridState(sort ? { sort } : {}, columns);
      const { rows: all } = await listOpenOrderLines(dealer, columns, wholeList(state), null);
      const expected = all.map(({ movedFrom: _m, dateHistory: _h, ...row }) => row);
      expect(expected.some((row) => row.expectedDate === null)).toBe(true);
      for (const size of [1, 2, 3]) {
        const { rows, sizes } = await collectBatches(openOrderLineBatches(dealer, columns, state, size));
        expect(rows).toEqual(expected);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(size);
      }
    },
  );

  it("keeps the filter and the tenant", async () => {
    const state = parseGridState({ "f.articleNumber": "WG101" }, columns);
    const { rows } = await collectBatches(openOrderLineBatches(dealer, columns, state, 2));
    expect(rows.length).toBe(5);
    expect(rows.every((row) => row.articleNumber === "WG101")).toBe(true);
  });
});
