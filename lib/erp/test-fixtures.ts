import { db } from "@/lib/db/client";

// Rows and customers for the ERP tests.
export async function createTestCustomer(erpNumber = "10001", name = "Garage Dupont") {
  return db.customer.create({ data: { erpNumber, name } });
}

export function deliveredRow(i: number, overrides: Record<string, unknown> = {}) {
  return {
    erpKey: `DL-${i}`,
    customerNumber: "10001",
    salesOrderNumber: `MVO${String(9200000 + i).padStart(7, "0")}`,
    customerPoNumber: `PO${i}`,
    articleNumber: `WG${String(1800000 + i).padStart(7, "0")}`,
    externalArticleNumbers: "852915-5005S, 852915-5005",
    articleName: "Turbocharger",
    netUnitPrice: "370.00",
    quantityOrdered: 2,
    quantityDelivered: 2,
    deliveryDate: "2020-10-01",
    ...overrides,
  };
}

export function openLineRow(i: number, overrides: Record<string, unknown> = {}) {
  return {
    erpKey: `OL-${i}`,
    customerNumber: "10001",
    salesOrderNumber: `VVO${String(9202600 + i).padStart(7, "0")}`,
    orderDate: "2020-08-14",
    salesRep: "Heesen J.",
    customerPoNumber: "5329 710 0019 Carl",
    articleNumber: "WG1443523",
    deliverArticleNumber: "53297100019",
    articleName: "Binnenwerk",
    quantityOrdered: 10,
    quantityDelivered: 0,
    expectedDate: "2020-11-10",
    ...overrides,
  };
}
