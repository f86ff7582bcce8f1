import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { requireDealer } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { historyColumns } from "@/lib/returns/columns";
import { DEFAULT_HISTORY_SORT, filterQuery } from "@/lib/returns/grid-links";
import { historyGridRows } from "@/lib/returns/grid-rows";
import { getReturnHistory } from "@/lib/returns/history-query";
import { HistoryGrid } from "./history-grid";

export const generateMetadata = pageTitle("returns.titleNew");

export default async function ReturnRequestPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const dealer = await requireDealer();
  const [t, params] = await Promise.all([getTranslations("returns"), searchParams]);
  const columns = historyColumns(t);
  const state = parseGridState(params, columns, { sort: DEFAULT_HISTORY_SORT });
  const { rows, total } = await getReturnHistory(dealer.customerId, columns, state);
  const query = filterQuery(params);
  return (
    <ClientMessages namespaces={["grid", "returns"]}>
      <div className="flex flex-col gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("titleNew")}</h1>
          <p className="max-w-3xl text-slate-700">{t("introNew")}</p>
        </div>
        <HistoryGrid
          columns={columns}
          rows={historyGridRows(rows, t)}
          total={total}
          state={state}
          caption={t("historyCaption")}
          exportHref={`/returns/new/export.csv${query}`}
          allIdsHref={`/returns/new/ids${query}`}
        />
      </div>
    </ClientMessages>
  );
}
