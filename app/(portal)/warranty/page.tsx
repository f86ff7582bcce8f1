import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataGrid, type TColumnPriorities, type TDataGridRow } from "@/components/data-grid/data-grid";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireDealer } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { gridStateToSearchParams, parseGridState, type TSearchParams } from "@/lib/grid/params";
import { claimGridColumns } from "@/lib/warranty/list-columns";
import { DEFAULT_CLAIM_SORT } from "@/lib/warranty/list-filters";
import { listClaims } from "@/lib/warranty/queries";

// Key columns: the claim, its status, the distributor's reaction and the attachments.
const PRIORITIES: TColumnPriorities = {
  number: 1,
  status: 1,
  reaction: 1,
  attachments: 1,
  submittedAt: 2,
  articleNumber: 2,
  claimPdf: 2,
  handledAt: 3,
  goodsReceived: 3,
  remark: 3,
};

export async function generateMetadata() {
  const t = await getTranslations("warranty");
  return { title: t("title") };
}

export default async function WarrantyStatusPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const dealer = await requireDealer();
  const [t, columns, params] = await Promise.all([
    getTranslations("warranty"),
    claimGridColumns(),
    searchParams,
  ]);
  const state = parseGridState(params, columns, { sort: DEFAULT_CLAIM_SORT });
  const { rows, total } = await listClaims(dealer.customerId, columns, state);
  const gridRows: TDataGridRow[] = rows.map((r) => ({
    id: String(r.id),
    cells: {
      number: r.number,
      // Note: timestamps are shown as the portal's calendar day (Amsterdam), as the CSV does.
      submittedAt: todayIso(r.submittedAt),
      handledAt: r.handledAt ? todayIso(r.handledAt) : null,
      status: r.status,
      articleNumber: r.articleNumber,
      goodsReceived: r.goodsReceived,
      remark: r.remark,
      claimPdf: t("list.pdf"),
      reaction: r.reactionDocumentId ? t("list.pdf") : null,
      attachments: r.attachmentCount,
    },
    href: {
      number: `/warranty/${r.number}`,
      claimPdf: `/warranty/${r.number}/claim.pdf`,
      ...(r.reactionDocumentId ? { reaction: `/documents/${r.reactionDocumentId}` } : {}),
    },
  }));
  const exportParams = gridStateToSearchParams(state);
  exportParams.delete("page");
  exportParams.delete("size");
  return (
    <ClientMessages namespaces={["grid"]}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <Link
            href="/warranty/new"
            className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("newClaim")}
          </Link>
        </div>
        <DataGrid
          columns={columns}
          rows={gridRows}
          total={total}
          state={state}
          caption={t("caption")}
          exportHref={`/warranty/export.csv?${exportParams}`}
          priorities={PRIORITIES}
          longColumns={["remark"]}
          gridId="warranty-status"
        />
      </div>
    </ClientMessages>
  );
}
