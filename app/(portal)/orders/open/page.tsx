import { getTranslations } from "next-intl/server";
import type { TDataGridRow } from "@/components/data-grid/data-grid";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";
import { requireDealer } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { exportQuery, openLineColumns } from "@/lib/orders/columns";
import { countMovedLines } from "@/lib/orders/marks";
import { listOpenOrderLines } from "@/lib/orders/queries";
import { AcknowledgeButton } from "./acknowledge-button";
import { OpenLinesGrid } from "./open-lines-grid";

export const generateMetadata = pageTitle("orders.title");

export default async function OpenOrderLinesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const dealer = await requireDealer();
  const seenAt = new Date().toISOString(); // before the rows are read: a later change stays marked
  const [t, tm, params] = await Promise.all([
    getTranslations("orders"),
    getTranslations("desk.marks"),
    searchParams,
  ]);
  const columns = openLineColumns((id) => t(`columns.${id}`));
  const state = parseGridState(params, columns);
  const [{ rows, total }, movedCount] = await Promise.all([
    listOpenOrderLines(dealer.customerId, columns, state, dealer.userId),
    countMovedLines(dealer.customerId, dealer.userId),
  ]);
  const shownMarked = rows.filter((row) => row.movedFrom).map((row) => row.id);

  const gridRows: TDataGridRow[] = rows.map(({ id, ...line }) => ({ id: String(id), cells: line }));

  return (
    <ClientMessages namespaces={["desk", "grid", "orders"]}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        {movedCount > 0 ? (
          <Alert tone="info">
            <span className="flex flex-wrap items-center gap-3" data-testid="moved-banner">
              <span>{tm("legend", { count: movedCount })}</span>
              {shownMarked.length > 0 ? (
                <AcknowledgeButton
                  lineIds={shownMarked}
                  seenAt={seenAt}
                  label={tm("acknowledgeAll")}
                  testId="acknowledge-all"
                />
              ) : null}
            </span>
          </Alert>
        ) : null}
        <OpenLinesGrid
          columns={columns}
          rows={gridRows}
          total={total}
          state={state}
          caption={t("caption")}
          exportHref={`/orders/open/export.csv${exportQuery(state)}`}
          seenAt={seenAt}
        />
      </div>
    </ClientMessages>
  );
}
