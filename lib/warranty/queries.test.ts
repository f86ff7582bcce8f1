import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseGridState } from "@/lib/grid/params";
import { claimColumns, type TStatusLabels } from "./list-filters";
import { listClaims, searchDeliveredArticles } from "./queries";
import { createDealer } from "./test-helpers";

const labels: TStatusLabels = {
  RECEIVED: "Ontvangen",
  IN_TREATMENT: "In behandeling",
  AWARDED: "Toegekend",
  REFUSED: "Afgewezen",
};
const columns = claimColumns((id) => id, labels);

async function claim(
  customerId: number,
  userId: number,
  number: string,
  data: Partial<{
    status: "RECEIVED" | "IN_TREATMENT" | "AWARDED" | "REFUSED";
    articleNumber: string;
    goodsReceived: boolean;
    createdAt: Date;
  }> = {},
) {
  return db.warrantyClaim.create({
    data: {
      number,
      customerId,
      createdById: userId,
      idempotencyKey: number,
      articleNumber: "WG1000001",
      serialNumber: "S",
      vehicleMake: "VW",
      vehicleModel: "Golf",
      complaint: "x",
      checksDone: [],
      ...data,
    },
  });
}

describe("listClaims", () => {
  it("lists only the dealer's claims, with per-column search, sorting, paging and the reaction document", async () => {
    const a = await createDealer("40001");
    const b = await createDealer("40002");
    await claim(a.customerId, a.userId, "MAS90000001", {
      status: "RECEIVED",
      createdAt: new Date("2026-03-01T10:00:00Z"),
    });
    const awarded = await claim(a.customerId, a.userId, "MAS90000002", {
      status: "AWARDED",
      articleNumber: "WG1803348",
      goodsReceived: true,
      createdAt: new Date("2026-04-01T10:00:00Z"),
    });
    await claim(a.customerId, a.userId, "MAS90000003", {
      status: "REFUSED",
      createdAt: new Date("2026-05-01T10:00:00Z"),
    });
    await claim(b.customerId, b.userId, "MAS90000004", { status: "AWARDED", articleNumber: "WG1803348" });
    const reaction = await db.document.create({
      data: {
        customerId: a.customerId,
        claimId: awarded.id,
        kind: "WARRANTY_REACTION",
        source: "STAFF",
        fileName: "r.pdf",
        contentType: "application/pdf",
        size: 1,
        sha256: "x",
        storageKey: "00000000-0000-4000-8000-000000000001",
      },
    });

    const all = await listClaims(a.customerId, columns, parseGridState({}, columns));
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.number)).toEqual(["MAS90000003", "MAS90000002", "MAS90000001"]);
    expect(all.rows[1]).toMatchObject({
      reactionDocumentId: reaction.id,
      attachmentCount: 0,
      goodsReceived: true,
    });

    const toegekend = await listClaims(
      a.customerId,
      columns,
      parseGridState({ "f.status": "toegek" }, columns),
    );
    expect(toegekend.rows.map((r) => r.number)).toEqual(["MAS90000002"]);
    const byArticle = await listClaims(
      a.customerId,
      columns,
      parseGridState({ "f.articleNumber": "1803" }, columns),
    );
    expect(byArticle.rows.map((r) => r.number)).toEqual(["MAS90000002"]);
    const received = await listClaims(
      a.customerId,
      columns,
      parseGridState({ "f.goodsReceived": "ja" }, columns),
    );
    expect(received.total).toBe(1);
    const byDate = await listClaims(
      a.customerId,
      columns,
      parseGridState({ "f.submittedAt": "04-2026" }, columns),
    );
    expect(byDate.rows.map((r) => r.number)).toEqual(["MAS90000002"]);
    const sorted = await listClaims(
      a.customerId,
      columns,
      parseGridState({ sort: "number.asc", size: "20" }, columns),
    );
    expect(sorted.rows.map((r) => r.number)).toEqual(["MAS90000001", "MAS90000002", "MAS90000003"]);
    const nul = await listClaims(a.customerId, columns, parseGridState({ "f.remark": "a\u0000b" }, columns));
    expect(nul.total).toBe(0);
  });
});

describe("searchDeliveredArticles", () => {
  it("returns at most 20 of the dealer's own delivered lines matching the text", async () => {
    const a = await createDealer("40003");
    const b = await createDealer("40004");
    const line = (customerId: number, i: number, articleNumber: string) => ({
      customerId,
      erpKey: `${customerId}-${i}`,
      salesOrderNumber: `MVO${String(9200000 + i)}`,
      articleNumber,
      articleName: `Turbo ${i}`,
      netUnitPrice: "100.00",
      quantityOrdered: 1,
      quantityDelivered: 1,
      deliveryDate: new Date("2026-06-01"),
    });
    await db.deliveredLine.createMany({
      data: [
        ...Array.from({ length: 25 }, (_, i) => line(a.customerId, i, `WG18${String(i).padStart(5, "0")}`)),
        line(b.customerId, 99, "WG1899999"),
      ],
    });
    expect(await searchDeliveredArticles(a.customerId, "WG18")).toHaveLength(20);
    expect(await searchDeliveredArticles(a.customerId, "WG1899999")).toEqual([]);
    expect(await searchDeliveredArticles(a.customerId, "wg1800003")).toEqual([
      { articleNumber: "WG1800003", articleName: "Turbo 3", salesOrderNumber: "MVO9200003" },
    ]);
  });
});
