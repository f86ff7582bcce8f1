import { getLocale, getTranslations } from "next-intl/server";
import type { TDataGridRow } from "@/components/data-grid/data-grid";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { requireDealer } from "@/lib/auth/session";
import { parseGridState, type TSearchParams } from "@/lib/grid/params";
import { formatMoney } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { documentColumn, exportQuery, UNPAID_DEFAULT_SORT, unpaidColumns } from "@/lib/invoices/columns";
import { AGE_BUCKETS } from "@/lib/invoices/open-amount";
import { listUnpaidInvoices } from "@/lib/invoices/queries";
import { UnpaidGrid } from "./unpaid-grid";

export const generateMetadata = pageTitle("invoices.title");

export default async function UnpaidInvoicesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const dealer = await requireDealer();
  const [t, tb, rawLocale, params] = await Promise.all([
    getTranslations("invoices"),
    getTranslations("desk.balance"),
    getLocale(),
    searchParams,
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const dataColumns = unpaidColumns((id) => t(`columns.${id}`));
  const state = parseGridState(params, dataColumns, { sort: UNPAID_DEFAULT_SORT });
  const { rows, total, totals } = await listUnpaidInvoices(dealer.customerId, state);
  const money = (value: string) => formatMoney(value, locale);
  const filtered = Object.keys(state.filters).length > 0;

  const gridRows: TDataGridRow[] = rows.map(({ id, hasDocument, ...row }) => ({
    id: String(id),
    cells: { ...row, documentHref: hasDocument ? `/invoices/${encodeURIComponent(row.number)}/pdf` : null },
  }));

  return (
    <ClientMessages namespaces={["desk", "grid", "invoices"]}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-slate-700">{t("intro")}</p>
          </div>
          <a
            href="/invoices/unpaid/pdf"
            className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            data-testid="unpaid-pdf"
          >
            {t("printPdf")}
          </a>
        </div>
        <section aria-label={t("totalOpen")} className="flex flex-wrap gap-4">
          <dl className="grid grid-cols-[auto_auto] gap-x-6 gap-y-1 rounded border border-slate-300 bg-white px-4 py-3">
            <dt>{tb("toPay", { count: totals.toPayCount })}</dt>
            <dd className="text-right tabular-nums" data-testid="total-to-pay">
              {money(totals.toPay)}
            </dd>
            <dt>{tb("credit", { count: totals.creditCount })}</dt>
            <dd className="text-right tabular-nums" data-testid="total-credit">
              {money(totals.credit)}
            </dd>
            <dt className="border-t border-slate-300 pt-1 font-medium">{tb("net")}</dt>
            <dd
              className="border-t border-slate-300 pt-1 text-right font-semibold tabular-nums"
              data-testid="total-open"
            >
              {money(totals.open)}
            </dd>
            <dt className="font-medium">{t("totalOverdue")}</dt>
            <dd
              className={`text-right font-semibold tabular-nums ${totals.overdueCount > 0 ? "text-red-800" : ""}`}
              data-testid="total-overdue"
            >
              {money(totals.overdue)}
            </dd>
          </dl>
          <table className="rounded border border-slate-300 bg-white text-sm">
            <caption className="px-4 pt-2 text-left font-medium">{t("byAge")}</caption>
            <tbody>
              {AGE_BUCKETS.map((bucket) => (
                <tr key={bucket}>
                  <th scope="row" className="px-4 py-0.5 text-left font-normal">
                    {t(`buckets.${bucket}`)}
                  </th>
                  <td className="px-4 py-0.5 text-right tabular-nums" data-testid={`bucket-${bucket}`}>
                    {money(totals.buckets[bucket])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex max-w-sm flex-col justify-end gap-1 text-sm text-slate-600">
            {totals.creditCount > 0 ? <p>{tb("creditLegend")}</p> : null}
            {filtered ? <p>{t("filteredNote")}</p> : null}
          </div>
        </section>
        <UnpaidGrid
          columns={[...dataColumns, documentColumn(t("documentColumn"))]}
          rows={gridRows}
          total={total}
          state={state}
          caption={t("caption")}
          exportHref={`/invoices/unpaid/export.csv${exportQuery(state)}`}
        />
      </div>
    </ClientMessages>
  );
}
