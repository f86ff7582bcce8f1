import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseGridState } from "@/lib/grid/params";
import { isSortable } from "@/lib/grid/types";
import { collectBatches, wholeList } from "@/tests/batches";
import { claimColumns, DEFAULT_CLAIM_SORT } from "./list-filters";
import { claimBatches, listClaims } from "./queries";
import { createDealer } from "./test-helpers";

// The warranty status CSV is read in keyset batches: in every sort, both directions, the batches
// are the rows of the one-query read (status in its declared order, claims not yet handled).
const columns = claimColumns((id) => id, {
  RECEIVED: "Ontvangen",
  IN_TREATMENT: "In behandeling",
  AWARDED: "Toegekend",
  REFUSED: "Afgewezen",
});
const statuses = ["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"] as const;
let customerId: number;
let foreign: number;

beforeAll(async () => {
  const dealer = await createDealer("41001");
  const other = await createDealer("41002");
  customerId = dealer.customerId;
  foreign = other.customerId;
  for (let i = 0; i < 10; i++) {
    const owner = i === 9 ? other : dealer;
    const claim = await db.warrantyClaim.create({
      data: {
        number: `MAS9100000${i}`,
        customerId: owner.customerId,
        createdById: owner.userId,
        idempotencyKey: `k${i}`,
        articleNumber: `WG100000${i % 3}`,
        serialNumber: "S",
        vehicleMake: "VW",
        vehicleModel: "Golf",
        complaint: "x",
        checksDone: [],
        remark: i % 2 ? "" : "oil",
        status: statuses[i % 4],
        goodsReceived: i % 3 === 0,
        createdAt: new Date(Date.UTC(2026, 2, 1 + (i % 3))),
        handledAt: i % 4 < 2 ? null : new Date(Date.UTC(2026, 3, 1 + (i % 2))),
      },
    });
    if (i % 4 === 2)
      await db.document.create({
        data: {
          customerId: owner.customerId,
          claimId: claim.id,
          kind: "WARRANTY_ATTACHMENT",
          source: "DEALER",
          fileName: "a.jpg",
          contentType: "image/jpeg",
          size: 1,
          sha256: "x",
          storageKey: `00000000-0000-4000-8000-00000000000${i}`,
        },
      });
  }
});

const SORTS = [
  {},
  ...columns.filter(isSortable).flatMap((c) => [{ sort: `${c.id}.asc` }, { sort: `${c.id}.desc` }]),
];

describe("claimBatches", () => {
  it.each(SORTS)("gives the rows of the one-query read, in its order (%o)", async (params) => {
    const state = parseGridState(params, columns, { sort: DEFAULT_CLAIM_SORT });
    const { rows: all } = await listClaims(customerId, columns, wholeList(state));
    expect(all).toHaveLength(9);
    for (const size of [2, 3])
      expect((await collectBatches(claimBatches(customerId, columns, state, size))).rows).toEqual(all);
  });

  it("has no claim of another customer", async () => {
    const state = parseGridState({}, columns, { sort: DEFAULT_CLAIM_SORT });
    const { rows } = await collectBatches(claimBatches(foreign, columns, state, 2));
    expect(rows.map((r) => r.number)).toEqual(["MAS91000009"]);
  });
});
