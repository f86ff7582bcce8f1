import type { TDemoIds } from "./demo-ids";

// One entry per page under app/ (pages.spec.ts fails when a page has none): who sees it and
// a real URL for it.
export type TRole = "visitor" | "dealer" | "staff";
export type TPageEntry = { role: TRole; url: (ids: TDemoIds) => string };

export const PAGES: Record<string, TPageEntry> = {
  "/login": { role: "visitor", url: () => "/login" },
  "/reset-password": { role: "visitor", url: () => "/reset-password" },
  "/set-password/[token]": { role: "visitor", url: (ids) => `/set-password/${ids.setPasswordToken}` },
  "/terms": { role: "visitor", url: () => "/terms" },
  "/warranty-manual": { role: "visitor", url: () => "/warranty-manual" },

  "/": { role: "dealer", url: () => "/" },
  "/returns/new": { role: "dealer", url: () => "/returns/new" },
  "/returns/new/confirm": {
    role: "dealer",
    url: (ids) => `/returns/new/confirm?lines=${ids.historyLineIds.join(",")}`,
  },
  "/returns": { role: "dealer", url: () => "/returns" },
  "/returns/[rma]": { role: "dealer", url: (ids) => `/returns/${ids.rmaNumber}` },
  "/warranty/new": { role: "dealer", url: () => "/warranty/new" },
  "/warranty": { role: "dealer", url: () => "/warranty" },
  "/warranty/[claim]": { role: "dealer", url: (ids) => `/warranty/${ids.claimNumber}` },
  "/orders/open": { role: "dealer", url: () => "/orders/open" },
  "/invoices/unpaid": { role: "dealer", url: () => "/invoices/unpaid" },
  "/account": { role: "dealer", url: () => "/account" },
  "/company/users": { role: "dealer", url: () => "/company/users" },
  "/search": { role: "dealer", url: () => "/search?q=WG1803348" },

  "/staff": { role: "staff", url: () => "/staff" },
  "/staff/customers": { role: "staff", url: () => "/staff/customers" },
  "/staff/customers/new": { role: "staff", url: () => "/staff/customers/new" },
  "/staff/customers/[id]": { role: "staff", url: (ids) => `/staff/customers/${ids.customerId}` },
  "/staff/returns": { role: "staff", url: () => "/staff/returns" },
  "/staff/returns/[id]": { role: "staff", url: (ids) => `/staff/returns/${ids.rmaId}` },
  "/staff/warranty": { role: "staff", url: () => "/staff/warranty" },
  "/staff/warranty/[id]": { role: "staff", url: (ids) => `/staff/warranty/${ids.claimId}` },
  "/staff/orders": { role: "staff", url: () => "/staff/orders" },
  "/staff/settings": { role: "staff", url: () => "/staff/settings" },
  "/staff/search": { role: "staff", url: () => "/staff/search?q=WG1803348" },
  "/staff/audit": { role: "staff", url: () => "/staff/audit" },
  "/staff/goods-in": { role: "staff", url: () => "/staff/goods-in" },
  "/staff/outbox": { role: "staff", url: () => "/staff/outbox" },
  "/staff/outbox/[id]": { role: "staff", url: (ids) => `/staff/outbox/${ids.outboxId}` },
  "/staff/erp": { role: "staff", url: () => "/staff/erp" },
  "/staff/erp/import": { role: "staff", url: () => "/staff/erp/import" },
  "/staff/erp/webhooks/[tokenId]": { role: "staff", url: (ids) => `/staff/erp/webhooks/${ids.erpTokenId}` },
};
