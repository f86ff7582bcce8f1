import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { importCsv } from "./csv-import";
import { createTestCustomer } from "./test-fixtures";

// The order lines, open line and invoices printed in the seed manual (tab-separated, as on
// its screens), imported as CSV for one customer: the portal must show them exactly so.
const ORDER_LINES = `
MVO9203201	4031121H	WG1803348	4031121H, 4031121H	Turbocharger	370,00	2	2	0	0	2	01-10-2020
MVO9203177	638362	WG1803357	4031192H	Turbocharger	550,00	1	1	0	0	1	01-10-2020
MVO9203177	638362	WG1822089	4031037HX	Turbocharger	1.165,00	4	4	0	0	4	01-10-2020
MVO9203111	4038616D	WG1128961	4031122H	Turbocharger	395,00	1	1	0	0	1	24-09-2020
MVO9203044	852915-5005s	WG2039655	852915-5005S, 852915-5005	Turbocharger	529,00	15	15	0	0	15	25-09-2020
MVO9202997	638239	WG1128952	4031120H	Turbocharger	490,00	1	1	0	0	1	16-09-2020
MVO9202972	638213	WG1822089	4031037HX	Turbocharger	1.165,00	4	4	0	0	4	14-09-2020
MVO9202954	638195	WG2047756	779359-5004S	Turbocharger	599,50	1	1	0	0	1	11-09-2020
MVO9202885	638158	WG1910569	852915-5003S	Turbocharger	529,00	1	1	0	0	1	08-09-2020
MVO9202885	638158	WG2039655	852915-5005S, 852915-5005	Turbocharger	529,00	14	14	0	0	14	10-09-2020
MVO9202870	638143	WG1806001	3786560H	Turbocharger	710,00	1	1	0	0	1	08-09-2020`
  .trim()
  .split("\n")
  .map((l) => l.split("\t"));
const OPEN_LINE =
  "VVO9202600	14-08-2020	Heesen J.	5329 710 0019 Carl	WG1443523	53297100019	Binnenwerk	10	0	10	10-11-2020".split(
    "\t",
  );
const INVOICES = [
  "25-08-2020	MVF2002248	971,63	0,00	971,63	24-10-2020".split("\t"),
  "29-09-2020	MVF2002591	514,25	0,00	514,25	28-11-2020".split("\t"),
];

const csvLine = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(";");

describe("the seed manual's data through the CSV import", () => {
  it("shows delivered lines, the open line and the unpaid invoices exactly as the manual prints them", async () => {
    const customer = await createTestCustomer("10001");
    const delivered = [
      "erpKey;customerNumber;salesOrderNumber;customerPoNumber;articleNumber;externalArticleNumbers;articleName;netUnitPrice;quantityOrdered;quantityDelivered;deliveryDate",
      ...ORDER_LINES.map((c, i) =>
        csvLine([`M-${i}`, "10001", c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!, c[6]!, c[7]!, c[11]!]),
      ),
    ].join("\n");
    expect(await importCsv("delivered-lines", delivered)).toMatchObject({
      created: ORDER_LINES.length,
      rejected: [],
    });

    const open = [
      "erpKey;customerNumber;salesOrderNumber;orderDate;salesRep;customerPoNumber;articleNumber;deliverArticleNumber;articleName;quantityOrdered;quantityDelivered;expectedDate",
      csvLine([
        "O-1",
        "10001",
        OPEN_LINE[0]!,
        OPEN_LINE[1]!,
        OPEN_LINE[2]!,
        OPEN_LINE[3]!,
        OPEN_LINE[4]!,
        OPEN_LINE[5]!,
        OPEN_LINE[6]!,
        OPEN_LINE[7]!,
        OPEN_LINE[8]!,
        OPEN_LINE[10]!,
      ]),
    ].join("\n");
    expect(await importCsv("open-lines", open)).toMatchObject({ created: 1, rejected: [] });

    const invoices = [
      "invoiceDate,number,amount,dueDate,customerNumber",
      ...INVOICES.map((c) => [c[0], c[1], `"${c[2]}"`, c[5], "10001"].join(",")),
    ].join("\n");
    expect(await importCsv("invoices", invoices)).toMatchObject({ created: 2, rejected: [] });

    const lines = await db.deliveredLine.findMany({
      where: { customerId: customer.id },
      orderBy: { erpKey: "asc" },
    });
    for (const [i, cells] of ORDER_LINES.entries()) {
      const line = lines.find((l) => l.erpKey === `M-${i}`)!;
      const remaining = line.quantityDelivered - line.quantityReturned - line.quantityInRequest;
      expect([
        line.salesOrderNumber,
        line.customerPoNumber,
        line.articleNumber,
        line.externalArticleNumbers,
        line.articleName,
        formatMoney(line.netUnitPrice, "nl"),
        String(line.quantityOrdered),
        String(line.quantityDelivered),
        String(line.quantityReturned),
        String(line.quantityInRequest),
        String(remaining),
        formatDate(line.deliveryDate, "nl"),
      ]).toEqual(cells);
    }

    const openLine = await db.openOrderLine.findUniqueOrThrow({ where: { erpKey: "O-1" } });
    expect([
      openLine.salesOrderNumber,
      formatDate(openLine.orderDate, "nl"),
      openLine.salesRep,
      openLine.customerPoNumber,
      openLine.articleNumber,
      openLine.deliverArticleNumber,
      openLine.articleName,
      String(openLine.quantityOrdered),
      String(openLine.quantityDelivered),
      String(openLine.quantityOrdered - openLine.quantityDelivered),
      formatDate(openLine.expectedDate, "nl"),
    ]).toEqual(OPEN_LINE);

    for (const cells of INVOICES) {
      const invoice = await db.invoice.findUniqueOrThrow({ where: { number: cells[1] } });
      expect([
        formatDate(invoice.invoiceDate, "nl"),
        invoice.number,
        formatMoney(invoice.amount, "nl"),
        formatMoney(invoice.paidAmount, "nl"),
        formatMoney(invoice.amount.minus(invoice.paidAmount), "nl"),
        formatDate(invoice.dueDate, "nl"),
      ]).toEqual(cells);
      expect(invoice.settled).toBe(false);
    }
    expect(formatMoney(lines.find((l) => l.articleNumber === "WG1822089")!.netUnitPrice, "en")).toBe(
      "1,165.00",
    );
  });
});
