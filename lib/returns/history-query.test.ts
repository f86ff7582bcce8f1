import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseGridState } from "@/lib/grid/params";
import { historyColumns, statusColumns } from "./columns";
import { getLinesForConfirmation, getReturnHistory, getSelectableHistoryIds } from "./history-query";
import { getReturnStatus } from "./status-query";
import { submitReturnRequest } from "./submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnHistory, seedReturnReasons } from "./test-fixtures";

const t = (key: string) => key;
const history = historyColumns(t);
const status = statusColumns(t);
let company: Awaited<ReturnType<typeof seedCompany>>;
let lines: Record<string, { id: number }>;
let reasons: Awaited<ReturnType<typeof seedReturnReasons>>;

beforeAll(async () => {
  reasons = await seedReturnReasons();
  company = await seedCompany();
  const other = await seedCompany();
  const id = company.customer.id;
  lines = {
    newest: await seedLine(id, { daysAgo: 1, delivered: 3, article: "WG1000001" }),
    used: await seedLine(id, { daysAgo: 5, delivered: 2, returned: 1, inRequest: 1, article: "WG1000002" }),
    special: await seedLine(id, { daysAgo: 9, delivered: 2, specialOrder: true, article: "WG1000003" }),
    oldest: await seedLine(id, { daysAgo: 300, delivered: 7, article: "WG1000004" }),
    tooOld: await seedLine(id, { daysAgo: 380, delivered: 1, article: "WG1000005" }),
    foreign: await seedLine(other.customer.id, { daysAgo: 2, delivered: 9, article: "WG1000006" }),
  };
});

const state = (params: Record<string, string> = {}) =>
  parseGridState(params, history, { sort: { id: "deliveryDate", dir: "desc" } });

describe("the return history", () => {
  it("shows the company's lines of the last 12 months, newest first, with remaining and selectability", async () => {
    const { rows, total } = await getReturnHistory(company.customer.id, history, state());
    expect(total).toBe(4);
    expect(rows.map((r) => r.articleNumber)).toEqual(["WG1000001", "WG1000002", "WG1000003", "WG1000004"]);
    expect(rows.map((r) => [r.remaining, r.selectable, r.disabledReason])).toEqual([
      [3, true, null],
      [0, false, "nothingLeft"],
      [2, false, "specialOrder"],
      [7, true, null],
    ]);
    expect(rows[0]!.netUnitPrice).toBe("412.5");
  });

  it("filters by column text, by remaining, sorts and pages", async () => {
    expect(
      (
        await getReturnHistory(company.customer.id, history, state({ "f.articleNumber": "1000004" }))
      ).rows.map((r) => r.id),
    ).toEqual([lines.oldest!.id]);
    expect(
      (await getReturnHistory(company.customer.id, history, state({ "f.remaining": ">2" }))).rows.map(
        (r) => r.id,
      ),
    ).toEqual([lines.newest!.id, lines.oldest!.id]);
    expect(
      (await getReturnHistory(company.customer.id, history, state({ "f.remaining": "0" }))).rows.map(
        (r) => r.id,
      ),
    ).toEqual([lines.used!.id]);
    expect(
      (
        await getReturnHistory(
          company.customer.id,
          history,
          state({ "f.remaining": ">=2", "f.articleNumber": "WG100000" }),
        )
      ).total,
    ).toBe(3);
    const sorted = await getReturnHistory(
      company.customer.id,
      history,
      state({ sort: "quantityDelivered.desc" }),
    );
    expect(sorted.rows[0]!.id).toBe(lines.oldest!.id);
    const byRemaining = await getReturnHistory(
      company.customer.id,
      history,
      state({ sort: "remaining.asc" }),
    );
    expect(byRemaining.rows.map((r) => r.remaining)).toEqual([0, 2, 3, 7]);
    const byRemainingDesc = await getReturnHistory(
      company.customer.id,
      history,
      state({ sort: "remaining.desc", "f.remaining": ">0" }),
    );
    expect(byRemainingDesc.rows.map((r) => r.articleNumber)).toEqual(["WG1000004", "WG1000001", "WG1000003"]);
    const paged = await getReturnHistory(company.customer.id, history, { ...state(), pageSize: 2, page: 2 });
    expect(paged.rows.map((r) => r.articleNumber)).toEqual(["WG1000003", "WG1000004"]);
    expect(paged.total).toBe(4);
  });

  it("gives the selectable ids of the filter for 'select all', and never another company's", async () => {
    expect((await getSelectableHistoryIds(company.customer.id, history, state())).ids.sort()).toEqual(
      [lines.newest!.id, lines.oldest!.id].sort(),
    );
    expect(
      (await getSelectableHistoryIds(company.customer.id, history, state({ "f.articleNumber": "1000006" })))
        .ids,
    ).toEqual([]);
    expect(
      (
        await getSelectableHistoryIds(
          company.customer.id,
          history,
          state({ "f.remaining": "<5", sort: "remaining.desc" }),
        )
      ).ids,
    ).toEqual([lines.newest!.id]);
  });

  it("keeps remaining-to-return in the database: follows the counters, is never written, never negative", async () => {
    const own = await seedCompany();
    const line = await seedLine(own.customer.id, { daysAgo: 3, delivered: 6, returned: 1, inRequest: 2 });
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } })).quantityRemaining).toBe(3);
    await seedReturnHistory(line.id, { inRequest: 3 });
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } })).quantityRemaining).toBe(0);
    await expect(
      db.$executeRaw`UPDATE "DeliveredLine" SET "quantityRemaining" = 5 WHERE id = ${line.id}`,
    ).rejects.toThrow();
    await expect(seedReturnHistory(line.id, { returned: 1 })).rejects.toThrow();
    await expect(
      db.deliveredLine.update({ where: { id: line.id }, data: { quantityInRequest: 0 } }),
    ).rejects.toThrow(/follow its RMA lines/);
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } })).quantityRemaining).toBe(0);
    expect(
      (await getReturnHistory(own.customer.id, history, state({ "f.remaining": "0" }))).rows.map((r) => r.id),
    ).toEqual([line.id]);
  });

  it("loads only the company's selectable recent lines for the confirmation", async () => {
    const ids = Object.values(lines).map((l) => l.id);
    expect((await getLinesForConfirmation(company.customer.id, ids)).map((l) => l.id).sort()).toEqual(
      [lines.newest!.id, lines.oldest!.id].sort(),
    );
  });
});

describe("the return status", () => {
  it("lists every RMA line of the company with its status, filterable by status label", async () => {
    const statusState = (params: Record<string, string> = {}) =>
      parseGridState(params, status, { sort: { id: "rmaDate", dir: "desc" } });
    // The "used" line's earlier returns are two RMA lines already (seedReturnHistory).
    const before = (await getReturnStatus(company.customer.id, status, statusState())).total;
    const { rmaNumber } = await submitReturnRequest(
      company.tenant,
      requestFor([{ id: lines.newest!.id, quantity: 2, reasonId: reasons.defect.id }]),
    );
    const line = await db.rmaLine.findFirstOrThrow({ where: { rma: { number: rmaNumber } } });
    const { rows, total } = await getReturnStatus(company.customer.id, status, statusState());
    expect(total).toBe(before + 1);
    expect(rows[0]).toMatchObject({
      id: line.id,
      rmaNumber,
      articleNumber: "WG1000001",
      quantityExpected: 2,
      status: "EXPECTED",
      quantityReceived: null,
      hasLabel: true,
    });
    expect(
      (
        await getReturnStatus(
          company.customer.id,
          status,
          statusState({ "f.rmaNumber": rmaNumber, "f.status": "status.RECEIVED" }),
        )
      ).total,
    ).toBe(0);
    expect(
      (await getReturnStatus(company.customer.id, status, statusState({ "f.rmaNumber": rmaNumber }))).total,
    ).toBe(1);
    const other = await seedCompany();
    expect((await getReturnStatus(other.customer.id, status, statusState())).total).toBe(0);
  });
});
