"use client";
import { useTranslations } from "next-intl";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { setLineExpectedDateAction } from "@/lib/staff/orders/actions";
import { ZLineExpectedDateSchema } from "@/lib/staff/orders/schema";

// Inline edit of one line's expected delivery date (empty = not yet known).
export function ExpectedDateCell({ lineId, value, label }: { lineId: number; value: string; label: string }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZLineExpectedDateSchema,
    setLineExpectedDateAction,
    { lineId, expectedDate: value },
  );
  const error = form.formState.errors.expectedDate?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex items-center gap-1">
      <input
        type="date"
        aria-label={`${t("staff.orders.expectedDate")} ${label}`}
        className="rounded border border-slate-400 px-1 py-0.5 text-sm"
        {...form.register("expectedDate")}
      />
      <Button type="submit" variant="ghost" className="px-2 py-1" disabled={pending}>
        {t("staff.save")}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {errorText(error)}
        </span>
      ) : null}
      {message?.tone === "error" ? (
        <span role="alert" className="text-xs text-red-700">
          {message.text}
        </span>
      ) : null}
    </form>
  );
}
