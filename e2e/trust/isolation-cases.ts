import {
  checkAcknowledge,
  checkChooseLanguage,
  checkClaimMessage,
  checkConfirmTwoFactor,
  checkLogOut,
  checkSignOutEverywhere,
  checkStartTwoFactor,
  checkSubmitClaim,
  checkSubmitReturn,
  pdfFile,
} from "./isolation-actions";
import type { TIds } from "./isolation-data";
import {
  checkChangePassword,
  checkColleagueActions,
  checkInviteColleague,
  checkSetAccountLanguage,
  checkSetMailPreferences,
  checkUpdateAccountName,
} from "./isolation-self-service";
import type { TCallOptions } from "./server-action";

// One case for every page, route handler and server action that ./inventory discovers: who may
// use it and the URLs or arguments (filled with Garage Dupont's real ids) to probe it with.
// A new page or action fails isolation.spec.ts until it gets a case here.
export type TRouteCase =
  | { access: "public"; why: string }
  /** Machine-to-machine: only an ERP bearer token opens it; a browser session never does. */
  | { access: "erp"; method: "GET" | "POST"; why: string }
  /** Staff only: the URLs (filled with real ids) are 404 for a dealer; staff get 200. */
  | { access: "staff"; urls: (ids: TIds) => string[] }
  /** One of Dupont's own things by id: 404 for other@demo.test, 200 for Dupont. */
  | { access: "dealer-id"; urls: (ids: TIds) => string[] }
  /** A list, export or PDF of the signed-in dealer's company: other@demo.test sees none of Dupont's rows; Dupont sees some
   * (control "ids": Dupont's line ids come back; "counts": the home tiles count the caller's own RMAs and claims;
   * "none": a form that shows no rows). */
  | { access: "dealer-list"; urls: (ids: TIds) => string[]; control?: "rows" | "ids" | "counts" | "none" };
export type TActionCase =
  | { access: "public"; why: string }
  /** Acts on the caller's own session or user only; `check` proves Dupont is untouched. */
  | { access: "self"; why: string; check: (ids: TIds) => Promise<void> }
  /** A dealer action that takes ids: `check` calls it as other@demo.test with Dupont's ids. */
  | { access: "dealer"; check: (ids: TIds) => Promise<void> }
  /** Staff only: called by other@demo.test (and visitors) with these valid arguments → 404 / login, nothing changed. */
  | { access: "staff"; args: (ids: TIds) => unknown[]; params?: (ids: TIds) => TCallOptions["params"] };

const today = new Date().toISOString().slice(0, 10);
const firstOf = <T>(list: T[]) => list.slice(0, 1);

export const ROUTES: Record<string, TRouteCase> = {
  "page /login": { access: "public", why: "the sign-in form" },
  "page /terms": { access: "public", why: "the general terms, the same text for everyone" },
  "page /warranty-manual": { access: "public", why: "the warranty manual, the same text for everyone" },
  "page /reset-password": {
    access: "public",
    why: "asks for an e-mail address; answers the same for any address",
  },
  "page /set-password/[token]": {
    access: "public",
    why: "opened from the e-mailed link; the token is the credential",
  },
  "route /api/auth/[...nextauth]": {
    access: "public",
    why: "Auth.js endpoints (session, CSRF token); they only ever describe the caller's own session",
  },
  "route /api/health": { access: "public", why: "database up/down, no data" },
  "route /api/erp/[[...path]]": {
    access: "public",
    why: "the ERP API's JSON 404 for any path it does not have; no data",
  },
  "route /api/erp/v1/openapi.json": { access: "public", why: "the ERP API's description, no data" },
  "route /api/erp/v1/customers": {
    access: "erp",
    method: "POST",
    why: "ERP import; not tenant-scoped, the ERP writes for every company",
  },
  "route /api/erp/v1/delivered-lines": { access: "erp", method: "POST", why: "ERP import, every company" },
  "route /api/erp/v1/documents": { access: "erp", method: "POST", why: "ERP import, every company" },
  "route /api/erp/v1/documents/[id]": {
    access: "erp",
    method: "GET",
    why: "ERP download of any company's document (the attachment URLs of the claims feed)",
  },
  "route /api/erp/v1/invoices": { access: "erp", method: "POST", why: "ERP import, every company" },
  "route /api/erp/v1/open-lines": { access: "erp", method: "POST", why: "ERP import, every company" },
  "route /api/erp/v1/payments": { access: "erp", method: "POST", why: "ERP import, every company" },
  "route /api/erp/v1/rmas": { access: "erp", method: "GET", why: "ERP feed of every company's RMAs" },
  "route /api/erp/v1/rmas/[number]/receipts": {
    access: "erp",
    method: "POST",
    why: "ERP write-back: receipt of any company's RMA lines",
  },
  "route /api/erp/v1/warranty-claims": {
    access: "erp",
    method: "GET",
    why: "ERP feed of every company's claims",
  },
  "route /api/erp/v1/warranty-claims/[number]/status": {
    access: "erp",
    method: "POST",
    why: "ERP write-back: status and reaction of any company's warranty claim",
  },

  "page /": { access: "dealer-list", control: "counts", urls: () => ["/"] },
  "page /account": { access: "dealer-list", control: "none", urls: () => ["/account"] },
  // other@demo.test is its own company's admin: its users page lists none of Dupont's users.
  "page /company/users": { access: "dealer-list", control: "none", urls: () => ["/company/users"] },
  "page /search": {
    access: "dealer-list",
    urls: (ids) => [
      `/search?q=${ids.rmaNumbers[0]}`,
      `/search?q=${ids.invoiceNumbers[0]}`,
      `/search?q=${ids.deliveredSalesOrders[0]}`,
      `/search?q=${ids.claimNumbers[0]}`,
    ],
  },
  "page /orders/open": {
    access: "dealer-list",
    urls: (ids) => [
      "/orders/open",
      ...firstOf(ids.openSalesOrders).map((n) => `/orders/open?f.salesOrderNumber=${n}`),
    ],
  },
  "route /orders/open/export.csv": {
    access: "dealer-list",
    urls: (ids) => [
      "/orders/open/export.csv",
      ...firstOf(ids.openSalesOrders).map((n) => `/orders/open/export.csv?f.salesOrderNumber=${n}`),
    ],
  },
  "page /returns/new": {
    access: "dealer-list",
    urls: (ids) => ["/returns/new", `/returns/new?f.salesOrderNumber=${ids.returnableSalesOrder}`],
  },
  "route /returns/new/export.csv": {
    access: "dealer-list",
    urls: (ids) => [
      "/returns/new/export.csv",
      `/returns/new/export.csv?f.salesOrderNumber=${ids.returnableSalesOrder}`,
    ],
  },
  "route /returns/new/ids": {
    access: "dealer-list",
    control: "ids",
    urls: (ids) => ["/returns/new/ids", `/returns/new/ids?f.salesOrderNumber=${ids.returnableSalesOrder}`],
  },
  "page /returns/new/confirm": {
    access: "dealer-list",
    urls: (ids) => [`/returns/new/confirm?lines=${ids.returnableLineIds.join(",")}`],
  },
  "page /returns": {
    access: "dealer-list",
    urls: (ids) => ["/returns", ...firstOf(ids.rmaNumbers).map((n) => `/returns?f.rmaNumber=${n}`)],
  },
  "route /returns/export.csv": {
    access: "dealer-list",
    urls: (ids) => [
      "/returns/export.csv",
      ...firstOf(ids.rmaNumbers).map((n) => `/returns/export.csv?f.rmaNumber=${n}`),
    ],
  },
  "page /warranty": {
    access: "dealer-list",
    urls: (ids) => ["/warranty", ...firstOf(ids.claimNumbers).map((n) => `/warranty?f.number=${n}`)],
  },
  "route /warranty/export.csv": {
    access: "dealer-list",
    urls: (ids) => [
      "/warranty/export.csv",
      ...firstOf(ids.claimNumbers).map((n) => `/warranty/export.csv?f.number=${n}`),
    ],
  },
  "page /warranty/new": {
    access: "dealer-list",
    control: "none",
    urls: (ids) => [`/warranty/new?article=${ids.deliveredArticle}`],
  },
  "route /warranty/new/articles": {
    access: "dealer-list",
    urls: (ids) => [
      `/warranty/new/articles?q=${ids.returnableSalesOrder}`,
      `/warranty/new/articles?q=${ids.deliveredArticle}`,
    ],
  },
  "page /invoices/unpaid": {
    access: "dealer-list",
    urls: (ids) => [
      "/invoices/unpaid",
      ...firstOf(ids.unpaidInvoiceNumbers).map((n) => `/invoices/unpaid?f.number=${n}`),
    ],
  },
  "route /invoices/unpaid/export.csv": { access: "dealer-list", urls: () => ["/invoices/unpaid/export.csv"] },
  "route /invoices/unpaid/pdf": { access: "dealer-list", urls: () => ["/invoices/unpaid/pdf"] },

  "page /warranty/[claim]": {
    access: "dealer-id",
    urls: (ids) => ids.claimNumbers.map((n) => `/warranty/${n}`),
  },
  "route /warranty/[claim]/claim.pdf": {
    access: "dealer-id",
    urls: (ids) => ids.claimNumbers.map((n) => `/warranty/${n}/claim.pdf`),
  },
  "page /returns/[rma]": {
    access: "dealer-id",
    urls: (ids) => ids.rmaNumbers.map((n) => `/returns/${n}`),
  },
  "route /returns/[rma]/form.pdf": {
    access: "dealer-id",
    urls: (ids) => ids.rmaNumbers.map((n) => `/returns/${n}/form.pdf`),
  },
  "route /returns/[rma]/label.pdf": {
    access: "dealer-id",
    urls: (ids) => ids.rmaNumbers.map((n) => `/returns/${n}/label.pdf`),
  },
  "route /invoices/[number]/pdf": {
    access: "dealer-id",
    urls: (ids) => ids.documentInvoiceNumbers.map((n) => `/invoices/${n}/pdf`),
  },
  "route /documents/[id]": {
    access: "dealer-id",
    urls: (ids) => ids.documentIds.map((id) => `/documents/${id}`),
  },

  "page /staff": { access: "staff", urls: () => ["/staff"] },
  "page /staff/audit": { access: "staff", urls: () => ["/staff/audit"] },
  "route /staff/customers/export.csv": { access: "staff", urls: () => ["/staff/customers/export.csv"] },
  "route /staff/returns/export.csv": { access: "staff", urls: () => ["/staff/returns/export.csv"] },
  "route /staff/warranty/export.csv": { access: "staff", urls: () => ["/staff/warranty/export.csv"] },
  "route /staff/orders/export.csv": { access: "staff", urls: () => ["/staff/orders/export.csv"] },
  "route /staff/audit/export.csv": { access: "staff", urls: () => ["/staff/audit/export.csv"] },
  "route /staff/outbox/export.csv": { access: "staff", urls: () => ["/staff/outbox/export.csv"] },
  "page /staff/goods-in": {
    access: "staff",
    urls: (ids) => ["/staff/goods-in", `/staff/goods-in?rma=${ids.rmaNumbers[0]}`],
  },
  "page /staff/customers": { access: "staff", urls: () => ["/staff/customers"] },
  "page /staff/customers/new": { access: "staff", urls: () => ["/staff/customers/new"] },
  "page /staff/customers/[id]": {
    access: "staff",
    urls: (ids) => [`/staff/customers/${ids.customerId}`, `/staff/customers/${ids.otherCustomerId}`],
  },
  "page /staff/erp": { access: "staff", urls: () => ["/staff/erp"] },
  "page /staff/erp/import": { access: "staff", urls: () => ["/staff/erp/import"] },
  "page /staff/erp/webhooks/[tokenId]": {
    access: "staff",
    urls: (ids) => [`/staff/erp/webhooks/${ids.erpTokenId}`],
  },
  "page /staff/orders": { access: "staff", urls: () => ["/staff/orders"] },
  "page /staff/outbox": { access: "staff", urls: () => ["/staff/outbox"] },
  "page /staff/outbox/[id]": { access: "staff", urls: (ids) => [`/staff/outbox/${ids.failedOutboxId}`] },
  "page /staff/returns": { access: "staff", urls: () => ["/staff/returns"] },
  "page /staff/returns/[id]": { access: "staff", urls: (ids) => [`/staff/returns/${ids.openRmaId}`] },
  "page /staff/search": {
    access: "staff",
    urls: (ids) => [
      "/staff/search",
      `/staff/search?q=${ids.rmaNumbers[0]}`,
      `/staff/search?q=${ids.invoiceNumbers[0]}`,
      `/staff/search?q=${ids.claimNumbers[0]}`,
    ],
  },
  "page /staff/settings": { access: "staff", urls: () => ["/staff/settings"] },
  "page /staff/warranty": { access: "staff", urls: () => ["/staff/warranty"] },
  "page /staff/warranty/[id]": { access: "staff", urls: (ids) => [`/staff/warranty/${ids.openClaimId}`] },
  "route /staff/documents/[id]": {
    access: "staff",
    urls: (ids) => ids.documentIds.map((id) => `/staff/documents/${id}`),
  },
};

export const ACTIONS: Record<string, TActionCase> = {
  "action lib/auth/actions.ts#logIn": { access: "public", why: "signs in with a password" },
  "action lib/auth/actions.ts#requestReset": {
    access: "public",
    why: "mails the address's own owner; answers the same for every address",
  },
  "action lib/auth/actions.ts#setPassword": { access: "public", why: "the e-mailed token is the credential" },
  "action lib/auth/actions.ts#logOut": {
    access: "self",
    why: "ends the caller's own session",
    check: checkLogOut,
  },
  "action lib/auth/account-actions.ts#signOutEverywhere": {
    access: "self",
    why: "ends the caller's own sessions",
    check: checkSignOutEverywhere,
  },
  "action lib/auth/account-actions.ts#startTwoFactor": {
    access: "self",
    why: "takes no ids; starts the caller's own second step",
    check: checkStartTwoFactor,
  },
  "action lib/auth/account-actions.ts#confirmTwoFactor": {
    access: "self",
    why: "takes only a code; checks it against the caller's own secret",
    check: checkConfirmTwoFactor,
  },
  "action lib/auth/actions.ts#chooseLanguage": {
    access: "self",
    why: "sets the caller's own language (cookie and user)",
    check: checkChooseLanguage,
  },
  "action lib/auth/account-actions.ts#updateAccountNameAction": {
    access: "self",
    why: "renames the caller's own user",
    check: checkUpdateAccountName,
  },
  "action lib/auth/account-actions.ts#changePasswordAction": {
    access: "self",
    why: "checks and changes the caller's own password",
    check: checkChangePassword,
  },
  "action lib/auth/account-actions.ts#setAccountLanguageAction": {
    access: "self",
    why: "sets the caller's own language (cookie and user)",
    check: checkSetAccountLanguage,
  },
  "action lib/auth/account-actions.ts#setMailPreferencesAction": {
    access: "self",
    why: "sets the caller's own mail choices",
    check: checkSetMailPreferences,
  },
  "action lib/company/actions.ts#inviteColleagueAction": { access: "dealer", check: checkInviteColleague },
  "action lib/company/actions.ts#setColleagueActiveAction": {
    access: "dealer",
    check: checkColleagueActions,
  },
  "action lib/company/actions.ts#reinviteColleagueAction": { access: "dealer", check: checkColleagueActions },
  "action lib/company/actions.ts#setColleagueAdminAction": { access: "dealer", check: checkColleagueActions },
  "action lib/orders/actions.ts#acknowledgeExpectedDatesAction": {
    access: "dealer",
    check: checkAcknowledge,
  },
  "action lib/returns/actions.ts#submitReturnRequestAction": { access: "dealer", check: checkSubmitReturn },
  "action lib/warranty/actions.ts#submitWarrantyClaimAction": { access: "dealer", check: checkSubmitClaim },
  "action lib/warranty/actions.ts#addClaimMessageAction": { access: "dealer", check: checkClaimMessage },

  "action lib/email/actions.ts#retryOutboxMessageAction": {
    access: "staff",
    args: (ids) => [{ id: ids.failedOutboxId }],
  },
  "action lib/erp/actions.ts#createErpTokenAction": {
    access: "staff",
    args: () => [{ name: "isolation probe" }],
  },
  "action lib/erp/actions.ts#revokeErpTokenAction": {
    access: "staff",
    args: (ids) => [{ id: ids.erpTokenId }],
  },
  "action lib/erp/webhooks/actions.ts#saveWebhookAction": {
    access: "staff",
    args: (ids) => [{ tokenId: ids.erpTokenId, url: "https://93.184.215.14/isolation-probe" }],
  },
  "action lib/erp/webhooks/actions.ts#rotateWebhookSecretAction": {
    access: "staff",
    args: (ids) => [{ tokenId: ids.erpTokenId }],
  },
  "action lib/erp/webhooks/actions.ts#redeliverWebhookAction": {
    access: "staff",
    args: (ids) => [{ tokenId: ids.erpTokenId, eventId: 1 }],
  },
  "action lib/erp/actions.ts#importCsvAction": {
    access: "staff",
    args: (ids) => [
      {
        entity: "customers",
        dryRun: false,
        fileName: "customers.csv",
        text: `erpNumber;name;language\n${ids.erpNumber};Taken over;de\n`,
      },
    ],
  },
  "action lib/staff/dealer-view/actions.ts#startDealerViewAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [{ customerId: ids.customerId }],
  },
  "action lib/staff/dealer-view/actions.ts#endDealerViewAction": {
    access: "staff",
    args: () => [{}],
  },
  "action lib/staff/customers/actions.ts#createCustomerAction": {
    access: "staff",
    args: () => [{ erpNumber: "ISO-PROBE", name: "Isolation probe", language: "nl" }],
  },
  "action lib/staff/customers/actions.ts#updateCustomerSettingsAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [
      {
        customerId: ids.customerId,
        carrier: "OWN_TRANSPORT",
        specialOrderReturnsAllowed: true,
        language: "de",
      },
    ],
  },
  "action lib/staff/customers/actions.ts#createUserAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [
      {
        customerId: ids.customerId,
        email: "isolation-intruder@dealer.test",
        name: "Intruder",
        language: "nl",
      },
    ],
  },
  "action lib/staff/customers/actions.ts#setUserActiveAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [{ userId: ids.dealerUserId, active: false }],
  },
  "action lib/staff/customers/actions.ts#resendInvitationAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [{ userId: ids.dealerUserId }],
  },
  "action lib/staff/customers/actions.ts#setUserAdminAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [{ userId: ids.dealerUserId, admin: false }],
  },
  "action lib/staff/customers/actions.ts#endUserSessionsAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.customerId) }),
    args: (ids) => [{ userId: ids.dealerUserId }],
  },
  "action lib/staff/orders/actions.ts#setLineExpectedDateAction": {
    access: "staff",
    args: (ids) => [{ lineId: ids.openLineIds[0], expectedDate: "2030-01-01" }],
  },
  "action lib/staff/orders/actions.ts#setArticleExpectedDateAction": {
    access: "staff",
    args: (ids) => [{ articleNumber: ids.openLineArticle, expectedDate: "2030-01-01" }],
  },
  "action lib/staff/returns/actions.ts#receiveLineAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openRmaId) }),
    args: (ids) => [{ rmaLineId: ids.expectedRmaLineId, quantityReceived: 1, receivedAt: today }],
  },
  "action lib/staff/returns/actions.ts#rejectLineAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openRmaId) }),
    args: (ids) => [{ rmaLineId: ids.expectedRmaLineId, reason: "probe", receivedAt: today }],
  },
  "action lib/staff/returns/actions.ts#closeRmaAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openRmaId) }),
    args: (ids) => [{ rmaId: ids.openRmaId }],
  },
  "action lib/staff/returns/actions.ts#markInvoicedAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openRmaId) }),
    args: (ids) => [{ rmaId: ids.openRmaId }],
  },
  "action lib/staff/returns/actions.ts#attachCreditNoteAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openRmaId) }),
    args: (ids) => [
      { rmaId: ids.openRmaId, number: "MVF9999999", amount: "10.00", invoiceDate: today, file: pdfFile() },
    ],
  },
  "action lib/staff/settings/actions.ts#createReasonAction": {
    access: "staff",
    args: () => [{ code: "ISO_PROBE", labelNl: "x", labelFr: "x", labelEn: "x", labelDe: "x", sortOrder: 1 }],
  },
  "action lib/staff/settings/actions.ts#updateReasonAction": {
    access: "staff",
    args: (ids) => [
      {
        reasonId: ids.reasonId,
        labelNl: "x",
        labelFr: "x",
        labelEn: "x",
        labelDe: "x",
        sortOrder: 0,
        active: false,
      },
    ],
  },
  "action lib/staff/settings/actions.ts#updateCarrierRangeAction": {
    access: "staff",
    args: () => [{ carrier: "NIGHT_CARRIER", name: "Probe", prefix: "PRB", nextValue: 1, lastValue: 2 }],
  },
  "action lib/staff/settings/actions.ts#updateSettingsAction": {
    access: "staff",
    args: () => [
      {
        returnSurcharge: "99.00",
        termsUrl: "/terms",
        warrantyManualUrl: "/warranty-manual",
        returnAddress: "Probe",
      },
    ],
  },
  "action lib/staff/warranty/actions.ts#setClaimStatusAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openClaimId) }),
    args: (ids) => [{ claimId: ids.openClaimId, status: "REFUSED", reaction: "probe" }],
  },
  "action lib/staff/warranty/actions.ts#addReactionAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openClaimId) }),
    args: (ids) => [{ claimId: ids.openClaimId, reaction: "probe" }],
  },
  "action lib/staff/warranty/actions.ts#setGoodsReceivedAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openClaimId) }),
    args: (ids) => [{ claimId: ids.openClaimId, goodsReceived: true }],
  },
  "action lib/staff/warranty/actions.ts#attachClaimDocumentAction": {
    access: "staff",
    params: (ids) => ({ id: String(ids.openClaimId) }),
    args: (ids) => [{ claimId: ids.openClaimId, kind: "OTHER", file: pdfFile() }],
  },
};
