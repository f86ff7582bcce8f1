import { readFileSync } from "node:fs";
import path from "node:path";

type TColumns = { columns: Record<string, string> };
const messages = (name: string): TColumns =>
  JSON.parse(
    readFileSync(path.join(process.cwd(), "lib/i18n/messages/nl", `${name}.json`), "utf8"),
  ) as TColumns;
const [invoices, orders, returns, warranty] = ["invoices", "orders", "returns", "warranty"].map(messages) as [
  TColumns,
  TColumns,
  TColumns,
  TColumns,
];

// Per dealer page, the columns a dealer comes for (issue 19: the identifier, the decisive
// figure, the status or date), by their Dutch header. They must be on screen at every width.
export const KEY_COLUMNS: Record<string, string[]> = {
  "/returns/new": [
    returns.columns.salesOrderNumber,
    returns.columns.articleNumber,
    returns.columns.remaining,
    returns.columns.deliveryDate,
  ],
  "/returns/new/confirm": [
    returns.columns.articleNumber,
    returns.columns.remaining,
    returns.columns.quantity,
    returns.columns.reason,
  ],
  "/returns": [
    returns.columns.rmaNumber,
    returns.columns.articleNumber,
    returns.columns.status,
    returns.columns.creditNote,
  ],
  "/warranty": [
    warranty.columns.number,
    warranty.columns.status,
    warranty.columns.reaction,
    warranty.columns.attachments,
  ],
  "/orders/open": [
    orders.columns.salesOrderNumber,
    orders.columns.articleNumber,
    orders.columns.remaining,
    orders.columns.expectedDate,
  ],
  "/invoices/unpaid": [
    invoices.columns.number,
    invoices.columns.openAmount,
    invoices.columns.dueDate,
    invoices.columns.overdue,
  ],
};
