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
