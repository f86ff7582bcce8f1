// What is measured for one dealer: each page and PDF as the browser asks for it, beside the SQL
// that request runs (the session check, then the page's own query functions, awaited the way the
// page awaits them).
import { sessionQuery, type TApp, type TDealerAccount } from "./app";
import type { TTarget } from "./targets";

export type TScenario = {
  id: string;
  what: string;
  path: string;
  kind: "page" | "pdf";
  target: TTarget;
  sql: () => Promise<unknown>;
  /** The page's size (HTML with its inline RSC payload) gets a row of its own, with this target in KB. */
  sizeKbAtMost?: number;
};

export const PAGE_KB = 30;

export const PAGE_P95_MS = 100;
export const FLOOR_ID = "floor";
export const PDF_P95_MS = 1500;

function params(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}

/** The sizes behind a dealer's figures, printed above the table. */
export async function dealerSizes(app: TApp, dealer: TDealerAccount) {
  const customerId = dealer.customerId;
  const [history, openLines, unpaid, rmaLines] = await Promise.all([
    app.db.deliveredLine.count({ where: app.windowLineWhere(customerId) }),
    app.db.openOrderLine.count({ where: { customerId } }),
    app.listUnpaidInvoices(customerId, { page: 1, pageSize: 1, sort: null, filters: {} }),
    app.db.rmaLine.count({ where: { rma: { customerId } } }),
  ]);
  return { historyLines: history, openOrderLines: openLines, unpaidInvoices: unpaid.total, rmaLines };
}

export async function dealerScenarios(app: TApp, dealer: TDealerAccount): Promise<TScenario[]> {
  const { customerId, userId, label } = dealer;
  const session = () => sessionQuery(app, userId);
  const historyCols = app.historyColumns((key) => key);
  const statusCols = app.statusColumns((key) => key);
  const orderCols = app.openLineColumns((id) => id);
  const invoiceCols = app.unpaidColumns((id) => id);
  // Every page: median ≤ floor + its SQL + 10 ms; the big dealer's also p95 < 100 ms (issue 22).
  const page = label === "big" ? { floorBudget: true, p95Below: PAGE_P95_MS } : { floorBudget: true };

  // A "contains" search that finds some of the dealer's lines: the middle of their newest article number.
  const newest = await app.db.deliveredLine.findFirst({
    where: app.windowLineWhere(customerId),
    orderBy: [{ deliveryDate: "desc" }, { id: "desc" }],
    select: { articleNumber: true },
  });
  const article = newest ? newest.articleNumber.slice(2, 7) : "WG";
  const historyTotal = await app.db.deliveredLine.count({ where: app.windowLineWhere(customerId) });
  // Note: page 200 (rows 3,981–4,000) for a dealer with that many lines, else their last page.
  const deepPage = Math.max(1, Math.min(200, Math.ceil(historyTotal / 20)));
  const rma = await app.db.rma.findFirst({
    where: { customerId },
    orderBy: { id: "asc" },
    select: { number: true },
  });

  const history = (query: string) => async () => {
    await session();
    const cols = historyCols;
    return app.getReturnHistory(
      customerId,
      cols,
      app.parseGridState(params(query), cols, { sort: app.DEFAULT_HISTORY_SORT }),
    );
  };

  const scenarios: TScenario[] = [
    {
      // Measured first: the other pages' targets are counted from its median.
      id: `${label}/${FLOOR_ID}`,
      what: "floor (layout, empty body)",
      path: "/bench-floor",
      kind: "page",
      target: {},
      sql: session,
    },
    {
      id: `${label}/home`,
      what: "home",
      path: "/",
      kind: "page",
      target: page,
      sql: async () => {
        await session();
        return Promise.all([app.getHomeCounts(customerId, userId), app.listRecentRmas(customerId)]);
      },
    },
    {
      id: `${label}/history`,
      what: "history",
      path: "/returns/new",
      kind: "page",
      target: page,
      sql: history(""),
    },
    {
      id: `${label}/history-filtered`,
      what: `history article∋${article}`,
      path: `/returns/new?f.articleNumber=${encodeURIComponent(article)}`,
      kind: "page",
      target: page,
      sql: history(`f.articleNumber=${encodeURIComponent(article)}`),
    },
    {
      id: `${label}/history-deep`,
      what: `history page ${deepPage}`,
      path: `/returns/new?page=${deepPage}`,
      kind: "page",
      target: page,
      sql: history(`page=${deepPage}`),
    },
    {
      id: `${label}/status-grouped`,
      what: "return status grouped by RMA",
      path: "/returns?group=rmaNumber",
      kind: "page",
      target: page,
      sql: async () => {
        await session();
        return app.getReturnStatus(
          customerId,
          statusCols,
          app.parseGridState(params("group=rmaNumber"), statusCols, { sort: app.DEFAULT_STATUS_SORT }),
        );
      },
    },
    {
      id: `${label}/orders-open`,
      what: "open order lines",
      path: "/orders/open",
      kind: "page",
      target: page,
      ...(label === "big" ? { sizeKbAtMost: PAGE_KB } : {}),
      sql: async () => {
        await session();
        return Promise.all([
          app.listOpenOrderLines(customerId, orderCols, app.parseGridState({}, orderCols), userId),
          app.countMovedLines(customerId, userId),
        ]);
      },
    },
    {
      id: `${label}/invoices-unpaid`,
      what: "unpaid invoices",
      path: "/invoices/unpaid",
      kind: "page",
      target: page,
      sql: async () => {
        await session();
        return app.listUnpaidInvoices(
          customerId,
          app.parseGridState({}, invoiceCols, { sort: app.UNPAID_DEFAULT_SORT }),
        );
      },
    },
    {
      id: `${label}/unpaid-pdf`,
      what: "unpaid invoices PDF",
      path: "/invoices/unpaid/pdf",
      kind: "pdf",
      target: { p95Below: PDF_P95_MS },
      sql: async () => {
        await session();
        return Promise.all([
          app.getDealerHeading(customerId),
          app.listUnpaidInvoices(customerId, {
            page: 1,
            pageSize: 0,
            sort: app.UNPAID_DEFAULT_SORT,
            filters: {},
          }),
        ]);
      },
    },
  ];
  if (rma) {
    scenarios.push({
      id: `${label}/rma-form-pdf`,
      what: `RMA form PDF ${rma.number}`,
      path: `/returns/${rma.number}/form.pdf`,
      kind: "pdf",
      target: {},
      sql: async () => {
        await session();
        return app.getRmaDocument(rma.number, { customerId });
      },
    });
  }
  return scenarios;
}

/** Whether a response is the page or PDF it should be (not a redirect to the login, not an error page). */
export function responseProblem(
  kind: TScenario["kind"],
  status: number,
  contentType: string | undefined,
  body: Buffer,
): string | null {
  if (status !== 200) return `HTTP ${status}`;
  if (kind === "pdf")
    return body.subarray(0, 5).toString("latin1") === "%PDF-"
      ? null
      : `not a PDF (${contentType ?? "no content type"})`;
  return contentType?.startsWith("text/html") ? null : `not HTML (${contentType ?? "no content type"})`;
}
