import { beforeAll, describe, expect, it } from "vitest";
import { addDays, dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { parseGridState } from "@/lib/grid/params";
import { collectBatches } from "@/tests/batches";
import { UNPAID_DEFAULT_SORT, unpaidColumns } from "./columns";
import { listUnpaidInvoices, unpaidInvoiceBatches } from "./queries";

// The unpaid invoices CSV is read in keyset batches over the raw-SQL set (computed paid, open and
// overdue): in every sort, both directions, the batches are the rows of the one-query read.
const today = "2026-11-28";
const columns = unpaidColumns((id) => id);
let dealer: number;

beforeAll(async () => {
  dealer = (await db.customer.create({ data: { erpNumber: "21001", name: "Garage Test" } })).id;
  const other = (await db.customer.create({ data: { erpNumber: "21002", name: "Other" } })).id;
  for (let i = 0; i < 12; i++) {
    const due = addDays(today, [-40, -1, 0, 10][i % 4]!);
    const amount = i % 5 === 4 ? "-80.00" : ["100.00", "250.50", "100.00"][i % 3]!;
    const invoice = await db.invoice.create({
      data: {
        customerId: i === 11 ? other : dealer,
        number: `MVF26${String(i % 6).padStart(5, "0")}${i >= 6 ? "B" : ""}`,
        amount,
        invoiceDate: dateOnly(addDays(due, -30)),
        dueDate: dateOnly(due),
        kind: amount.startsWith("-") ? "CREDIT_NOTE" : "INVOICE",
      },
    });
    if (i % 3 === 1)
      await db.payment.create({
        data: {
          invoiceId: invoice.id,
          erpKey: `P${i}`,
          amount: "50.25",
          paidOn: dateOnly(addDays(today, -5)),
        },
      });
  }
});

const SORTS = [{}, ...columns.flatMap((c) => [{ sort: `${c.id}.asc` }, { sort: `${c.id}.desc` }])];

describe("unpaidInvoiceBatches", () => {
  it.each(SORTS)("gives the rows of the one-query read, in its order (%o)", async (params) => {
    const state = parseGridState(params, columns, { sort: UNPAID_DEFAULT_SORT });
    const { rows: all } = await listUnpaidInvoices(dealer, { ...state, page: 1, pageSize: 0 }, { today });
    expect(all).toHaveLength(11);
    for (const size of [2, 3]) {
      const { rows } = await collectBatches(unpaidInvoiceBatches(dealer, state, { today, batchSize: size }));
      expect(rows).toEqual(all);
    }
  });

  it("keeps the filter", async () => {
    const state = parseGridState({ "f.overdue": "ja" }, columns, { sort: UNPAID_DEFAULT_SORT });
    const { rows: all } = await listUnpaidInvoices(dealer, { ...state, page: 1, pageSize: 0 }, { today });
    const { rows } = await collectBatches(unpaidInvoiceBatches(dealer, state, { today, batchSize: 2 }));
    expect(rows).toEqual(all);
    expect(rows.length).toBeLessThan(11);
  });
});
