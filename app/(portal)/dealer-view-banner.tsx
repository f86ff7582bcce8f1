import { getTranslations } from "next-intl/server";
import type { TDealer } from "@/lib/auth/session";
import { endDealerViewAction } from "@/lib/staff/dealer-view/actions";
import { EndDealerViewButton } from "./end-dealer-view-button";

// "View as dealer": staff see the dealer's portal read-only; the banner names the dealer and
// leads back to the staff desk (ending the view).
export async function DealerViewBanner({ dealer }: { dealer: TDealer }) {
  if (!dealer.viewedBy) return null;
  const t = await getTranslations("dealerView");
  return (
    <div
      role="status"
      data-testid="dealer-view-banner"
      className="flex flex-wrap items-center justify-between gap-2 bg-amber-100 px-3 py-2 text-sm text-amber-950 sm:px-6"
    >
      <p className="font-medium">
        {t("banner", { name: dealer.company.name, erpNumber: dealer.company.erpNumber })}
      </p>
      <EndDealerViewButton action={endDealerViewAction} label={t("back")} />
    </div>
  );
}

export async function DealerViewAccountNotice() {
  const t = await getTranslations("dealerView");
  return <p className="max-w-3xl rounded-lg border bg-white p-5 text-sm text-slate-700">{t("account")}</p>;
}
