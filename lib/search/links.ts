import type { TSearchHit } from "./find-numbers";

// Where a hit leads on the dealer side: a document's own page, else the grid filtered on it.
const grid = (path: string, column: string, value: string) =>
  `${path}?${new URLSearchParams({ [`f.${column}`]: value }).toString()}`;

const COLUMN = {
  salesOrders: "salesOrderNumber",
  purchaseOrders: "customerPoNumber",
  articles: "articleNumber",
};

export function dealerHref(hit: TSearchHit): string {
  const n = encodeURIComponent(hit.number);
  switch (hit.section) {
    case "rmas":
      return `/returns/${n}`;
    case "claims":
      return `/warranty/${n}`;
    case "invoices":
      return hit.detail === "open" ? grid("/invoices/unpaid", "number", hit.number) : `/invoices/${n}/pdf`;
    default: {
      const column = COLUMN[hit.section];
      return hit.source === "openOrders"
        ? grid("/orders/open", column, hit.number)
        : grid("/returns/new", column, hit.number);
    }
  }
}

/** The customer's staff page, named on every staff hit. */
export const staffCustomerHref = (customerId: number) => `/staff/customers/${customerId}`;

/** The staff grids' filters on a line number, scoped to the customer (staff see every company). */
const STAFF_ORDER_COLUMN = { salesOrders: "salesOrderNumber", articles: "articleNumber" } as const;

/**
 * Where a hit leads on the staff side: the RMA's or claim's own staff page, an open-order number
 * to the staff open-lines grid filtered on it and the customer; what has no staff page of its
 * own (an invoice, the order history, a purchase order) to the customer's page.
 */
export function staffHref(hit: TSearchHit, customer: { erpNumber: string }): string {
  const customerPage = staffCustomerHref(hit.customerId);
  switch (hit.section) {
    case "rmas":
      return hit.id === undefined ? customerPage : `/staff/returns/${hit.id}`;
    case "claims":
      return hit.id === undefined ? customerPage : `/staff/warranty/${hit.id}`;
    case "salesOrders":
    case "articles":
      return hit.source === "openOrders"
        ? `/staff/orders?${new URLSearchParams({
            "f.customerNumber": customer.erpNumber,
            [`f.${STAFF_ORDER_COLUMN[hit.section]}`]: hit.number,
          }).toString()}`
        : customerPage;
    default:
      return customerPage;
  }
}
