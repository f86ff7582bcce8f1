"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { updateCarrierRangeAction } from "@/lib/staff/settings/actions";
import { type TCarrierRange, ZCarrierRangeSchema } from "@/lib/staff/settings/schema";

const cell = "flex flex-col text-xs";

// One carrier: its name on the return label and the range its tracking numbers come from.
export function CarrierRangeForm({ values, left }: { values: TCarrierRange; left: number | null }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZCarrierRangeSchema,
    updateCarrierRangeAction,
    values,
    { successMessage: t("staff.saved") },
  );
  const { errors } = form.formState;
  const firstError = Object.values(errors).find((e) => e?.message)?.message;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t(`staff.carriers.${values.carrier}`)}
      className="flex flex-wrap items-end gap-2 border-b border-slate-100 py-3"
    >
      <div className="w-full">
        <FormMessage message={message} />
        {firstError ? (
          <p role="alert" className="text-sm text-red-700">
            {errorText(firstError)}
          </p>
        ) : null}
      </div>
      <span className="w-32 text-sm font-medium">
        {t(`staff.carriers.${values.carrier}`)}
        {left !== null ? (
          <span className="block text-xs font-normal text-slate-500">
            {t("rma.staff.left", { count: left })}
          </span>
        ) : null}
      </span>
      <label className={cell}>
        {t("rma.staff.carrierName")}
        <input className={inputClass} aria-invalid={!!errors.name} {...form.register("name")} />
      </label>
      <label className={cell}>
        {t("rma.staff.prefix")}
        <input className={`${inputClass} w-24`} aria-invalid={!!errors.prefix} {...form.register("prefix")} />
      </label>
      <label className={cell}>
        {t("rma.staff.nextValue")}
        <input
          inputMode="numeric"
          className={`${inputClass} w-32`}
          aria-invalid={!!errors.nextValue}
          {...form.register("nextValue")}
        />
      </label>
      <label className={cell}>
        {t("rma.staff.lastValue")}
        <input
          inputMode="numeric"
          className={`${inputClass} w-32`}
          aria-invalid={!!errors.lastValue}
          {...form.register("lastValue")}
        />
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("staff.save")}
      </Button>
    </form>
  );
}
