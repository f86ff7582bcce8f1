import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { TDataGridRow } from "@/components/data-grid/data-grid";
import { pageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";
import { requireDealer } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { exportQuery, openLineColumns } from "@/lib/orders/columns";
import { listOpenOrderLines } from "@/lib/orders/queries";
import { getOpenOrdersSeenAt } from "@/lib/orders/seen";
import { parseSeenCookie, SEEN_COOKIE } from "@/lib/orders/seen-baseline";
import { AcknowledgeVisit } from "./acknowledge-visit";
import { OpenLinesGrid } from "./open-lines-grid";

export const generateMetadata = pageTitle("orders.title");

export default async function OpenOrderLinesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const dealer = await requireDealer();
  const [t, params, jar] = await Promise.all([getTranslations("orders"), searchParams, cookies()]);
  const columns = openLineColumns((id) => t(`columns.${id}`));
  const state = parseGridState(params, columns);
  const visitBaseline = parseSeenCookie(jar.get(SEEN_COOKIE)?.value, dealer.userId);
  const seenSince = visitBaseline !== undefined ? visitBaseline : await getOpenOrdersSeenAt(dealer.userId);
  const { rows, total } = await listOpenOrderLines(dealer.customerId, columns, state, seenSince);
  const movedCount = rows.filter((row) => row.movedFrom).length;

  const gridRows: TDataGridRow[] = rows.map(({ id, ...line }) => ({ id: String(id), cells: line }));

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      {movedCount > 0 ? <Alert tone="info">{t("movedLegend", { count: movedCount })}</Alert> : null}
      <OpenLinesGrid
        columns={columns}
        rows={gridRows}
        total={total}
        state={state}
        caption={t("caption")}
        exportHref={`/orders/open/export.csv${exportQuery(state)}`}
      />
      <AcknowledgeVisit />
    </div>
  );
}
