"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { createReasonAction, updateReasonAction } from "@/lib/staff/settings/actions";
import {
  type TReturnReason,
  type TUpdateReturnReason,
  ZReturnReasonSchema,
  ZUpdateReturnReasonSchema,
} from "@/lib/staff/settings/schema";

const LABELS = ["labelNl", "labelFr", "labelEn", "labelDe"] as const;
const cell = "flex flex-col text-xs";

export function EditReasonForm({
  values,
  code,
  usedBy,
}: {
  values: TUpdateReturnReason;
  code: string;
  usedBy: number;
}) {
  const t = useTranslations();
  const { form, onSubmit, pending, message } = useActionForm(
    ZUpdateReturnReasonSchema,
    updateReasonAction,
    values,
    { successMessage: t("staff.saved") },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={code}
      className="flex flex-wrap items-end gap-2 border-b border-slate-100 py-3"
    >
      <div className="w-full">
        <FormMessage message={message} />
      </div>
      <span className="w-28 font-mono text-sm">
        {code}
        <span className="block text-xs text-slate-500">{t("staff.settings.usedBy", { count: usedBy })}</span>
      </span>
      {LABELS.map((l) => (
        <label key={l} className={cell}>
          {t(`staff.settings.${l}`)}
          <input className={inputClass} {...form.register(l)} />
        </label>
      ))}
      <label className={cell}>
        {t("staff.settings.sortOrder")}
        <input type="number" className={`${inputClass} w-20`} {...form.register("sortOrder")} />
      </label>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" {...form.register("active")} />
        {t("staff.settings.active")}
      </label>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" {...form.register("asksForEvidence")} />
        {t("rma.staff.asksForEvidence")}
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("staff.save")}
      </Button>
    </form>
  );
}

export function NewReasonForm() {
  const t = useTranslations();
  const errorText = useErrorText();
  const empty: TReturnReason = {
    code: "",
    labelNl: "",
    labelFr: "",
    labelEn: "",
    labelDe: "",
    sortOrder: 100,
    asksForEvidence: false,
  };
  const { form, onSubmit, pending, message } = useActionForm(ZReturnReasonSchema, createReasonAction, empty, {
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  const firstError = Object.values(errors).find((e) => e?.message)?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="w-full">
        <FormMessage message={message} />
        {firstError ? (
          <p role="alert" className="text-sm text-red-700">
            {errorText(firstError)}
          </p>
        ) : null}
      </div>
      <label className={cell}>
        {t("staff.settings.code")}
        <input className={`${inputClass} w-28`} aria-invalid={!!errors.code} {...form.register("code")} />
      </label>
      {LABELS.map((l) => (
        <label key={l} className={cell}>
          {t(`staff.settings.${l}`)}
          <input className={inputClass} aria-invalid={!!errors[l]} {...form.register(l)} />
        </label>
      ))}
      <label className={cell}>
        {t("staff.settings.sortOrder")}
        <input type="number" className={`${inputClass} w-20`} {...form.register("sortOrder")} />
      </label>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" {...form.register("asksForEvidence")} />
        {t("rma.staff.asksForEvidence")}
      </label>
      <Button type="submit" disabled={pending}>
        {t("staff.settings.addReason")}
      </Button>
    </form>
  );
}
