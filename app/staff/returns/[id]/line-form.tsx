"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { receiveLineAction, rejectLineAction } from "@/lib/staff/returns/actions";
import { ZReceiveLineSchema, ZRejectLineSchema } from "@/lib/staff/returns/schema";

// Per line: received quantity + date, accept; or reject with a reason.
export function LineForm({
  rmaLineId,
  quantityExpected,
  today,
  label,
}: {
  rmaLineId: number;
  quantityExpected: number;
  today: string;
  label: string;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const [mode, setMode] = useState<"receive" | "reject">("receive");
  const receive = useActionForm(ZReceiveLineSchema, receiveLineAction, {
    rmaLineId,
    quantityReceived: quantityExpected,
    receivedAt: today,
  });
  const reject = useActionForm(ZRejectLineSchema, rejectLineAction, {
    rmaLineId,
    reason: "",
    receivedAt: today,
  });
  const err = (message?: string) =>
    message ? (
      <span role="alert" className="text-sm text-red-700">
        {errorText(message)}
      </span>
    ) : null;
  if (mode === "reject") {
    const { errors } = reject.form.formState;
    return (
      <form
        onSubmit={reject.onSubmit}
        noValidate
        aria-label={`${t("staff.returns.reject")} ${label}`}
        className="flex flex-wrap items-end gap-2"
      >
        <FormMessage message={reject.message} />
        <label className="flex flex-col text-xs">
          {t("staff.returns.rejectReason")}
          <input className={inputClass} aria-invalid={!!errors.reason} {...reject.form.register("reason")} />
        </label>
        <label className="flex flex-col text-xs">
          {t("staff.returns.receivedAt")}
          <input type="date" className={inputClass} {...reject.form.register("receivedAt")} />
        </label>
        <Button type="submit" variant="danger" disabled={reject.pending}>
          {t("staff.returns.reject")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setMode("receive")}>
          {t("common.cancel")}
        </Button>
        {err(errors.reason?.message)}
      </form>
    );
  }
  const { errors } = receive.form.formState;
  return (
    <form
      onSubmit={receive.onSubmit}
      noValidate
      aria-label={`${t("staff.returns.receive")} ${label}`}
      className="flex flex-wrap items-end gap-2"
    >
      <FormMessage message={receive.message} />
      <label className="flex flex-col text-xs">
        {t("staff.returns.quantityReceived")}
        <input
          type="number"
          min={0}
          max={quantityExpected}
          className={`${inputClass} w-20`}
          aria-invalid={!!errors.quantityReceived}
          {...receive.form.register("quantityReceived")}
        />
      </label>
      <label className="flex flex-col text-xs">
        {t("staff.returns.receivedAt")}
        <input
          type="date"
          className={inputClass}
          aria-invalid={!!errors.receivedAt}
          {...receive.form.register("receivedAt")}
        />
      </label>
      <Button type="submit" disabled={receive.pending}>
        {t("staff.returns.accept")}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setMode("reject")}>
        {t("staff.returns.reject")}…
      </Button>
      {err(errors.quantityReceived?.message)}
      {err(errors.receivedAt?.message)}
    </form>
  );
}
