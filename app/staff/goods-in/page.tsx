import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { getRmaForScan, normaliseScan } from "@/lib/staff/goods-in/queries";
import { PageTitle } from "../_components/page-title";
import { GoodsInScanner } from "./scanner";

export async function generateMetadata() {
  return { title: (await getTranslations("goodsIn"))("title") };
}

// Goods-in by barcode scan: ?rma=<the RMA form's barcode> opens it; ?closed=<number> after closing.
export default async function GoodsInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const params = await searchParams;
  const scanned = typeof params.rma === "string" && params.rma.trim() ? normaliseScan(params.rma) : null;
  const closed = typeof params.closed === "string" ? normaliseScan(params.closed) : null;
  const [rma, t] = await Promise.all([scanned ? getRmaForScan(scanned) : null, getTranslations("goodsIn")]);
  return (
    <div className="flex flex-col gap-3">
      <PageTitle title={t("title")} />
      <p className="text-slate-700">{t("intro")}</p>
      <p className="text-sm text-slate-600">{t("keys")}</p>
      <GoodsInScanner
        key={`${scanned ?? ""}|${closed ?? ""}`}
        rma={rma}
        scanned={scanned}
        closed={closed}
        today={todayIso()}
      />
    </div>
  );
}
