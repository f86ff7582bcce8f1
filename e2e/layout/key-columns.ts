import invoices from "../../lib/i18n/messages/nl/invoices.json";
import orders from "../../lib/i18n/messages/nl/orders.json";
import returns from "../../lib/i18n/messages/nl/returns.json";
import warranty from "../../lib/i18n/messages/nl/warranty.json";

// Per dealer page, the columns a dealer comes for (issue 19: the identifier, the decisive
// figure, the status or date), by their Dutch header. They must be on screen at every width.
export const KEY_COLUMNS: Record<string, string[]> = {
  "/returns/new": [
    returns.columns.salesOrderNumber, returns.columns.articleNumber, returns.columns.remaining, returns.columns.deliveryDate,
  ],
  "/returns/new/confirm": [returns.columns.articleNumber, returns.columns.remaining, returns.columns.quantity, returns.columns.reason],
  "/returns": [returns.columns.rmaNumber, returns.columns.articleNumber, returns.columns.status, returns.columns.creditNote],
  "/warranty": [warranty.columns.number, warranty.columns.status, warranty.columns.reaction, warranty.columns.attachments],
  "/orders/open": [
    orders.columns.salesOrderNumber, orders.columns.articleNumber, orders.columns.remaining, orders.columns.expectedDate,
  ],
  "/invoices/unpaid": [invoices.columns.number, invoices.columns.openAmount, invoices.columns.dueDate, invoices.columns.overdue],
};
