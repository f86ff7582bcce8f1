import { beforeAll, describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { listOutboxMessages, outboxMessageBatches } from "@/lib/email/queries";
import { parseGridState } from "@/lib/grid/params";
import { isSortable, type TGridColumn, type TGridState } from "@/lib/grid/types";
import { collectBatches, wholeList } from "@/tests/batches";
import { auditColumns, auditEntryBatches, listAuditEntries } from "./audit/queries";
import { customerBatches, customerColumns, listCustomers } from "./customers/queries";
import { listStaffOpenLines, staffOpenLineBatches, staffOpenLineColumns } from "./orders/queries";
import { listOpenRmas, openRmaBatches, rmaQueueColumns } from "./returns/queries";
import { createClaim, createOpenRma, createStaffAndDealer } from "./test-fixtures";
import { claimBatches, claimQueueColumns, listClaims } from "./warranty/queries";

// Every staff CSV is read in keyset batches: in every sort, both directions, the batches together
// are the rows (and the order) of the one-query read, across ties, nulls and absent relations.
const at = (day: number) => new Date(Date.UTC(2026, 10, 1 + day, 9));

beforeAll(async () => {
  const { customer, dealerUser, staffUser } = await createStaffAndDealer();
  const other = await db.customer.create({
    data: { erpNumber: "T-OTHER", name: "Garage Test", city: "Gent" },
  });
  for (const [i, name] of ["Auto Zed", "Garage Test", "Auto Zed"].entries())
    await db.customer.create({
      data: { erpNumber: `T-Z${i}`, name, city: i ? "Gent" : "", active: i !== 1 },
    });
  for (let i = 0; i < 9; i++) {
    await db.openOrderLine.create({
      data: {
        customerId: i % 2 ? customer.id : other.id,
        erpKey: `OL-${i}`,
        salesOrderNumber: `VVO${i % 3}`,
        orderDate: dateOnly(`2026-10-0${1 + (i % 2)}`),
        articleNumber: `WG${i % 4}`,
        deliverArticleNumber: `WG${i % 4}`,
        articleName: "Turbo",
        quantityOrdered: 4,
        quantityDelivered: i % 3,
        expectedDate: i % 3 === 0 ? null : dateOnly(`2026-12-0${1 + (i % 2)}`),
      },
    });
  }
  for (let i = 0; i < 6; i++) {
    const { rma } = await createOpenRma(i % 2 ? customer.id : other.id, dealerUser.id, [
      { delivered: 2, expected: 1 },
      ...(i % 3 ? [] : [{ delivered: 1, expected: 1 }]),
    ]);
    await db.rma.update({ where: { id: rma.id }, data: { createdAt: at(i % 3) } });
  }
  const statuses = ["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"] as const;
  for (let i = 0; i < 8; i++) {
    const claim = await createClaim(i % 2 ? customer.id : other.id, dealerUser.id);
    await db.warrantyClaim.update({
      where: { id: claim.id },
      data: {
        createdAt: at(i % 3),
        status: statuses[i % 4],
        handledAt: i % 4 < 2 ? null : at(5 + (i % 2)),
        goodsReceived: i % 3 === 0,
      },
    });
  }
  for (let i = 0; i < 10; i++)
    await db.auditEntry.create({
      data: {
        actorUserId: [staffUser.id, dealerUser.id, null][i % 3],
        actorRole: ["STAFF", "DEALER", "ERP"][i % 3]!,
        customerId: i % 4 === 0 ? null : customer.id,
        action: i % 2 ? "rma.receive" : "claim.status",
        objectType: "Rma",
        objectId: String(i),
        recordNumber: i % 5 === 0 ? null : `IRM${i % 3}`,
        createdAt: at(i % 4),
      },
    });
  for (let i = 0; i < 7; i++)
    await db.outboxMessage.create({
      data: {
        to: [`a${i}@test.test`],
        template: "t",
        language: "nl",
        subject: "s",
        html: "",
        text: "",
        createdAt: at(i % 2),
      },
    });
});

/** No sort (the grid's default), then every sortable column in both directions. */
function sorts(columns: TGridColumn[]): Record<string, string>[] {
  return [
    {},
    ...columns.filter(isSortable).flatMap((c) => [{ sort: `${c.id}.asc` }, { sort: `${c.id}.desc` }]),
  ];
}

async function expectSameRows<R>(
  columns: TGridColumn[],
  read: (state: TGridState) => Promise<{ rows: R[] }>,
  batches: (state: TGridState, batchSize: number) => AsyncIterable<R[]>,
) {
  for (const params of sorts(columns)) {
    const state = parseGridState(params, columns);
    const { rows: all } = await read(wholeList(state));
    expect(all.length, JSON.stringify(params)).toBeGreaterThan(3);
    for (const size of [2, 3]) {
      const { rows } = await collectBatches(batches(state, size));
      expect(rows, `${JSON.stringify(params)} in batches of ${size}`).toEqual(all);
    }
  }
}

describe("staff CSV batches", () => {
  it("open order lines (unknown expected dates first by default)", async () => {
    await expectSameRows(staffOpenLineColumns(), listStaffOpenLines, staffOpenLineBatches);
  });

  it("customers", async () => {
    await expectSameRows(customerColumns(), listCustomers, customerBatches);
  });

  it("open RMA queue, with and without an age", async () => {
    await expectSameRows(
      rmaQueueColumns(),
      (s) => listOpenRmas(s, null),
      (s, n) => openRmaBatches(s, null, n),
    );
    const state = parseGridState({}, rmaQueueColumns());
    const { rows } = await collectBatches(openRmaBatches(state, "30+", 2));
    expect(rows).toEqual((await listOpenRmas(wholeList(state), "30+")).rows);
  });

  it("warranty queue (status in its declared order, claims not yet handled)", async () => {
    const columns = claimQueueColumns();
    await expectSameRows(
      columns,
      (s) => listClaims(s, columns),
      (s, n) => claimBatches(s, columns, n),
    );
  });

  it("audit trail (entries without a user, a customer or a record number)", async () => {
    const columns = auditColumns();
    await expectSameRows(
      columns,
      (s) => listAuditEntries(s, columns),
      (s, n) => auditEntryBatches(s, columns, n),
    );
  });

  it("outbox, newest first", async () => {
    // The oracle: the staff outbox page by page, as staff read it.
    const everyOutboxPage = async () => {
      const { pages } = await listOutboxMessages(1);
      const read = await Promise.all(Array.from({ length: pages }, (_, i) => listOutboxMessages(i + 1)));
      return read.flatMap((page) => page.rows);
    };
    const { rows } = await collectBatches(outboxMessageBatches(2));
    expect(rows).toEqual(await everyOutboxPage());
  });
});
