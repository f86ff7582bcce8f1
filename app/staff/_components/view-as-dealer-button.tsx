import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { startDealerViewAction } from "@/lib/staff/dealer-view/actions";

// "View as dealer": opens the customer's portal read-only, on the page given (e.g. the RMA's status).
export async function ViewAsDealerButton({ customerId, landing }: { customerId: number; landing?: string }) {
  const t = await getTranslations("dealerView");
  return (
    <ActionButton
      action={startDealerViewAction}
      input={landing ? { customerId, landing } : { customerId }}
      label={t("start")}
      testId="view-as-dealer"
    />
  );
}
