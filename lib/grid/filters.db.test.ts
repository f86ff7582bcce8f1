// Grid filters and ordering run against the real database (PGlite, and PostgreSQL when configured).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "./filters";
import { parseGridState, toSkipTake } from "./params";
import type { TGridColumn } from "./types";

const columns: TGridColumn[] = [
  { id: "salesOrderNumber", label: "Verkoopordernummer", type: "text" },
  { id: "articleName", label: "Artikelnaam", type: "text" },
  { id: "specialOrder", label: "Speciaal besteld", type: "flag" },
  { id: "netUnitPrice", label: "Netto prijs per stuk", type: "money" },
  { id: "quantityDelivered", label: "Aantal geleverd", type: "number" },
  { id: "deliveryDate", label: "Leverdatum", type: "date" },
];

let customerId = 0;

beforeAll(async () => {
  const [mine, other] = await Promise.all([
    db.customer.create({ data: { erpNumber: "D100", name: "Garage Janssen" } }),
    db.customer.create({ data: { erpNumber: "D200", name: "Turbo Service" } }),
  ]);
  customerId = mine.id;
  const line = (
    key: string,
    salesOrderNumber: string,
    articleName: string,
    netUnitPrice: string,
    quantityDelivered: number,
    day: string,
    specialOrder = false,
  ) => ({
    customerId: mine.id,
    erpKey: key,
    salesOrderNumber,
    articleName,
    netUnitPrice,
    quantityDelivered,
    quantityOrdered: quantityDelivered,
    articleNumber: "WG1803348",
    deliveryDate: new Date(`${day}T00:00:00Z`),
    specialOrder,
  });
  await db.deliveredLine.createMany({
    data: [
      line("a", "MVO9203201", "Turbo GT1749V", "1165.00", 1, "2020-10-01"),
      line("b", "MVO9203202", "Turbo GT1749V 100%", "1165.01", 2, "2020-10-31"),
      line("c", "MVO9203203", "Gasket set", "116.50", 5, "2020-11-01", true),
      line("d", "MVO9203204", "CHRA_core", "1164.99", 3, "2020-09-30"),
      { ...line("e", "MVO9203201", "Turbo GT1749V", "1165.00", 1, "2020-10-01"), customerId: other.id },
    ],
  });
});

async function keysFor(filters: Record<string, string>, sort: string | null = null) {
  const state = parseGridState(
    {
      ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [`f.${k}`, v])),
      ...(sort ? { sort } : {}),
    },
    columns,
  );
  const where: Prisma.DeliveredLineWhereInput = {
    customerId,
    ...toPrismaWhere<Prisma.DeliveredLineWhereInput>(columns, state.filters),
  };
  const orderBy = toPrismaOrderBy<Prisma.DeliveredLineOrderByWithRelationInput>(state.sort);
  const [rows, total] = await Promise.all([
    db.deliveredLine.findMany({ where, orderBy, ...toSkipTake(state), select: { erpKey: true } }),
    db.deliveredLine.count({ where }),
  ]);
  expect(total).toBe(rows.length);
  return rows.map((r) => r.erpKey);
}

describe("grid filters against the database", () => {
  it("matches a money filter to the exact cent, in the dealer's notation", async () => {
    expect(await keysFor({ netUnitPrice: "1.165,00" })).toEqual(["a"]);
    expect(await keysFor({ netUnitPrice: "1,165.01" })).toEqual(["b"]);
    expect(await keysFor({ netUnitPrice: ">=1165" }, "netUnitPrice.asc")).toEqual(["a", "b"]);
    expect(await keysFor({ netUnitPrice: "100..1165" }, "netUnitPrice.asc")).toEqual(["c", "d", "a"]);
  });
  it("takes a month as the whole month and a range of days inclusively", async () => {
    expect(await keysFor({ deliveryDate: "10-2020" }, "deliveryDate.asc")).toEqual(["a", "b"]);
    expect(await keysFor({ deliveryDate: "30-09-2020..01-10-2020" }, "deliveryDate.asc")).toEqual(["d", "a"]);
    expect(await keysFor({ deliveryDate: ">31-10-2020" })).toEqual(["c"]);
  });
  it("searches text case-insensitively and takes % and _ literally", async () => {
    expect(await keysFor({ articleName: "gt1749" }, "salesOrderNumber.asc")).toEqual(["a", "b"]);
    expect(await keysFor({ articleName: "100%" })).toEqual(["b"]);
    expect(await keysFor({ articleName: "GT%V" })).toEqual([]);
    expect(await keysFor({ articleName: "t_rbo" })).toEqual([]);
    expect(await keysFor({ articleName: "a_c", salesOrderNumber: "204" })).toEqual(["d"]);
  });
  it("combines number and flag filters, ignores bad input, and never shows another customer's rows", async () => {
    expect(
      await keysFor({ quantityDelivered: "2-5", specialOrder: "nee" }, "quantityDelivered.desc"),
    ).toEqual(["d", "b"]);
    expect(await keysFor({ specialOrder: "oui" })).toEqual(["c"]);
    expect(
      await keysFor(
        { quantityDelivered: "99999999999", netUnitPrice: "abc", deliveryDate: "31-02-2020" },
        "erpKey.asc",
      ),
    ).toHaveLength(4);
  });
  it("orders ties by the tie-breaker so pages never overlap", async () => {
    const page = (n: number) =>
      db.deliveredLine.findMany({
        where: { customerId },
        orderBy: toPrismaOrderBy<Prisma.DeliveredLineOrderByWithRelationInput>({
          id: "articleNumber",
          dir: "asc",
        }),
        skip: (n - 1) * 2,
        take: 2,
        select: { erpKey: true },
      });
    const keys = [...(await page(1)), ...(await page(2))].map((r) => r.erpKey);
    expect(new Set(keys).size).toBe(4);
  });
});
