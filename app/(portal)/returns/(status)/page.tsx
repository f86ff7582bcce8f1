import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";
import { requireDealer } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { statusColumns } from "@/lib/returns/columns";
import { DEFAULT_STATUS_SORT, filterQuery } from "@/lib/returns/grid-links";
import { statusGridRows } from "@/lib/returns/grid-rows";
import { findCreatedRma } from "@/lib/returns/queries";
import { getReturnStatus } from "@/lib/returns/status-query";
import { StatusGrid } from "./status-grid";

export const generateMetadata = pageTitle("returns.titleStatus");

export default async function ReturnStatusPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const dealer = await requireDealer();
  const [t, tr, params] = await Promise.all([
    getTranslations("returns"),
    getTranslations("rma"),
    searchParams,
  ]);
  const columns = statusColumns(t);
  const state = parseGridState(params, columns, { sort: DEFAULT_STATUS_SORT });
  const createdParam = Array.isArray(params.created) ? params.created[0] : params.created;
  const [{ rows, total }, created] = await Promise.all([
    getReturnStatus(dealer.customerId, columns, state),
    createdParam ? findCreatedRma(dealer.customerId, createdParam) : null,
  ]);
  return (
    <ClientMessages namespaces={["grid"]}>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("titleStatus")}</h1>
        {created ? (
          <Alert tone="success">
            <p className="font-medium" data-testid="rma-created" data-focus-on-arrival>
              {t("created", { number: created.number })}
            </p>
            <p>{t("createdDocuments")}</p>
            <p className="mt-1 flex flex-wrap gap-x-4">
              <a href={`/returns/${created.number}`} className="font-medium underline">
                {tr("page.open", { number: created.number })}
              </a>
              <a href={`/returns/${created.number}/form.pdf`} className="underline">
                {t("formPdfLink")}
              </a>
              {created.hasLabel ? (
                <a href={`/returns/${created.number}/label.pdf`} className="underline">
                  {t("labelPdfLink")}
                </a>
              ) : null}
            </p>
          </Alert>
        ) : null}
        <StatusGrid
          columns={columns}
          rows={statusGridRows(rows, t)}
          total={total}
          state={state}
          caption={t("statusCaption")}
          grouping
          exportHref={`/returns/export.csv${filterQuery(params)}`}
        />
      </div>
    </ClientMessages>
  );
}
