"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { attachCreditNoteAction } from "@/lib/staff/returns/actions";
import { ZCreditNoteSchema } from "@/lib/staff/returns/schema";

export function CreditNoteForm({ rmaId, today }: { rmaId: number; today: string }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const fileRef = useRef<HTMLInputElement>(null);
  const { form, onSubmit, pending, message } = useActionForm(
    ZCreditNoteSchema,
    (input) => attachCreditNoteAction({ ...input, file: fileRef.current?.files?.[0] }),
    { rmaId, number: "", amount: "", invoiceDate: today },
    { resetOnSuccess: true },
  );
  const { errors } = form.formState;
  const err = errorText;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl items-end gap-3 sm:grid-cols-4">
      <div className="sm:col-span-4">
        <FormMessage message={message} />
      </div>
      <Field
        id="cn-number"
        label={t("staff.returns.creditNoteNumber")}
        error={err(errors.number?.message)}
        hint="MVF2600123"
      >
        <input
          id="cn-number"
          className={inputClass}
          aria-invalid={!!errors.number}
          {...form.register("number")}
        />
      </Field>
      <Field id="cn-amount" label={t("staff.returns.creditNoteAmount")} error={err(errors.amount?.message)}>
        <input
          id="cn-amount"
          inputMode="decimal"
          className={inputClass}
          aria-invalid={!!errors.amount}
          {...form.register("amount")}
        />
      </Field>
      <Field id="cn-date" label={t("staff.returns.creditNoteDate")} error={err(errors.invoiceDate?.message)}>
        <input id="cn-date" type="date" className={inputClass} {...form.register("invoiceDate")} />
      </Field>
      <Field id="cn-file" label={t("staff.returns.creditNotePdf")}>
        <input id="cn-file" ref={fileRef} type="file" accept="application/pdf" className="text-sm" />
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {t("staff.returns.attachCreditNote")}
        </Button>
      </div>
    </form>
  );
}
