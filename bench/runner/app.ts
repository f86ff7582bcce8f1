// The portal's own query functions, loaded into the runner against the bench database, so each
// page's SQL is timed with the same code (and Prisma) the server runs. "server-only" is stubbed
// in bench/stub-server-only.ts, as the tests stub it.

export async function loadApp(databaseUrl: string) {
  await import("../stub-server-only");
  // Note: lib/env reads the environment once, at import; the runner's `db` is the bench database.
  process.env.DATABASE_URL = databaseUrl;
  const [
    client,
    migrate,
    sqlRunner,
    grid,
    returnsColumns,
    returnsLinks,
    history,
    selectable,
    status,
    documents,
    submit,
    home,
    orders,
    orderColumns,
    marks,
    invoices,
    invoiceColumns,
    rmaPage,
  ] = await Promise.all([
    import("../../lib/db/client"),
    import("../../lib/db/migrate"),
    import("../../lib/db/sql-runner"),
    import("../../lib/grid/params"),
    import("../../lib/returns/columns"),
    import("../../lib/returns/grid-links"),
    import("../../lib/returns/history-query"),
    import("../../lib/returns/selectable-line"),
    import("../../lib/returns/status-query"),
    import("../../lib/returns/document-query"),
    import("../../lib/returns/submit-return-request"),
    import("../../lib/home/queries"),
    import("../../lib/orders/queries"),
    import("../../lib/orders/columns"),
    import("../../lib/orders/marks"),
    import("../../lib/invoices/queries"),
    import("../../lib/invoices/columns"),
    import("../../lib/returns/rma-page-query"),
  ]);
  return {
    db: client.db,
    applyMigrations: migrate.applyMigrations,
    connectPostgres: sqlRunner.connectPostgres,
    parseGridState: grid.parseGridState,
    historyColumns: returnsColumns.historyColumns,
    statusColumns: returnsColumns.statusColumns,
    DEFAULT_HISTORY_SORT: returnsLinks.DEFAULT_HISTORY_SORT,
    DEFAULT_STATUS_SORT: returnsLinks.DEFAULT_STATUS_SORT,
    getReturnHistory: history.getReturnHistory,
    windowLineWhere: selectable.windowLineWhere,
    selectableLineWhere: selectable.selectableLineWhere,
    getReturnStatus: status.getReturnStatus,
    getRmaDocument: documents.getRmaDocument,
    submitReturnRequest: submit.submitReturnRequest,
    getHomeCounts: home.getHomeCounts,
    listRecentRmas: rmaPage.listRecentRmas,
    listOpenOrderLines: orders.listOpenOrderLines,
    openLineColumns: orderColumns.openLineColumns,
    countMovedLines: marks.countMovedLines,
    listUnpaidInvoices: invoices.listUnpaidInvoices,
    getDealerHeading: invoices.getDealerHeading,
    unpaidColumns: invoiceColumns.unpaidColumns,
    UNPAID_DEFAULT_SORT: invoiceColumns.UNPAID_DEFAULT_SORT,
  };
}

export type TApp = Awaited<ReturnType<typeof loadApp>>;
export type TDealerAccount = {
  label: "big" | "typical";
  email: string;
  userId: number;
  customerId: number;
  erpNumber: string;
};

/** The account's user and company in the bench database; a clear error when the data is missing. */
export async function findDealer(
  app: TApp,
  label: TDealerAccount["label"],
  email: string,
): Promise<TDealerAccount> {
  const user = await app.db.user.findUnique({
    where: { email },
    select: { id: true, customerId: true, customer: { select: { erpNumber: true } } },
  });
  if (!user?.customerId || !user.customer)
    throw new Error(`No dealer ${email} in the bench database: fill it first with npm run bench:data.`);
  return { label, email, userId: user.id, customerId: user.customerId, erpNumber: user.customer.erpNumber };
}

/** The session check every dealer request makes (lib/auth/session.ts currentUser: the same statement). */
export function sessionQuery(app: TApp, userId: number) {
  return app.db.$queryRaw`
    SELECT u."id", u."customerId", u."role"::text AS "role", u."email", u."name", u."language"::text AS "language",
           u."active", u."sessionVersion", c."name" AS "companyName", c."erpNumber" AS "companyErpNumber", c."active" AS "companyActive"
    FROM "User" u LEFT JOIN "Customer" c ON c."id" = u."customerId"
    WHERE u."id" = ${userId}`;
}
