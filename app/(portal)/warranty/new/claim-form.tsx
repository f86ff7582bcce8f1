"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useState, useTransition } from "react";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TLocale } from "@/lib/i18n/locales";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { normalizeIntegerText } from "@/lib/numbers/locale-number";
import { submitWarrantyClaimAction } from "@/lib/warranty/actions";
import {
  type TWarrantyClaimForm,
  type TWarrantyClaimInput,
  WARRANTY_CHECKS,
  ZWarrantyClaimSchema,
} from "@/lib/warranty/schema";
import { AttachmentPicker, checkChosenFiles } from "../attachment-picker";
import { ArticlePicker } from "./article-picker";

type TField = FieldPath<TWarrantyClaimForm>;

// The warranty request form (SPEC §3.1): checked in the browser by the schema the server re-parses.
export function ClaimForm({ idempotencyKey, today }: { idempotencyKey: string; today: string }) {
  const t = useTranslations();
  const messageText = useMessageText();
  const locale = useLocale() as TLocale;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const form = useForm<TWarrantyClaimForm, unknown, TWarrantyClaimInput>({
    resolver: zodResolver(ZWarrantyClaimSchema),
    defaultValues: {
      idempotencyKey,
      articleNumber: "",
      serialNumber: "",
      salesOrderNumber: "",
      quantity: "1",
      vehicleMake: "",
      vehicleModel: "",
      vehicleYear: "",
      vin: "",
      engineCode: "",
      mileageAtFitting: "",
      mileageAtFailure: "",
      fittingDate: "",
      failureDate: "",
      fittedBy: "",
      complaint: "",
      checksDone: [],
    },
  });
  const { errors } = form.formState;
  const message = (key?: string) => messageText(key, { max: 10, name: "" });
  const errorOf = (name: TField) =>
    message(errors[name as keyof typeof errors]?.message as string | undefined);

  const chooseFiles = (next: File[], problem: string | null) => {
    setFiles(next);
    setFilesError(problem);
  };

  const onSubmit = form.handleSubmit(() => {
    const problem = checkChosenFiles(files);
    if (problem) return setFilesError(message(problem) ?? null);
    startTransition(async () => {
      setFormError(null);
      const data = new FormData();
      data.set("claim", JSON.stringify(form.getValues()));
      for (const file of files) data.append("files", file, file.name);
      const result = await submitWarrantyClaimAction(data);
      if (result.ok) {
        router.push(`/warranty/${result.data.number}?filed=1`);
        return;
      }
      setFormError(result.message);
      for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (name === "files") setFilesError(messages[0] ?? null);
        else form.setError(name as TField, { message: messages[0] });
      }
    });
  });

  // Whole numbers are typed the user's way (182.500 or 182 500 in Dutch, 182,500 in English);
  // the form hands the schema their plain digits.
  const wholeNumber = { setValueAs: (value: unknown) => normalizeIntegerText(value, locale) };
  const text = (
    name: TField,
    label: ReactNode,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    numericField = false,
  ) => (
    <Field id={name} label={label} error={errorOf(name)}>
      <input
        id={name}
        type="text"
        className={inputClass}
        aria-invalid={!!errors[name as keyof typeof errors]}
        aria-describedby={errors[name as keyof typeof errors] ? `${name}-error` : undefined}
        {...props}
        {...form.register(name, numericField ? wholeNumber : undefined)}
      />
    </Field>
  );
  const numeric = { inputMode: "numeric" as const };
  const required = (label: string) => `${label} *`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-busy={pending}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t("warranty.form.partSection")}</legend>
        <Field
          id="articleNumber"
          label={required(t("warranty.fields.articleNumber"))}
          error={errorOf("articleNumber")}
          hint={t("warranty.form.articleHint")}
        >
          <Controller
            control={form.control}
            name="articleNumber"
            render={({ field }) => (
              <ArticlePicker
                id="articleNumber"
                inputRef={field.ref}
                value={field.value ?? ""}
                invalid={!!errors.articleNumber}
                describedBy={`articleNumber-hint${errors.articleNumber ? " articleNumber-error" : ""}`}
                onChange={field.onChange}
                onBlur={field.onBlur}
                onPick={(a) => {
                  form.setValue("articleNumber", a.articleNumber, { shouldValidate: true });
                  form.setValue("salesOrderNumber", a.salesOrderNumber, { shouldValidate: true });
                }}
              />
            )}
          />
        </Field>
        {text("serialNumber", required(t("warranty.fields.serialNumber")))}
        {text("salesOrderNumber", t("warranty.fields.salesOrderNumber"))}
        {text("quantity", required(t("warranty.fields.quantity")), numeric, true)}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{t("warranty.form.vehicleSection")}</legend>
        {text("vehicleMake", required(t("warranty.fields.vehicleMake")))}
        {text("vehicleModel", required(t("warranty.fields.vehicleModel")))}
        {text("vehicleYear", t("warranty.fields.vehicleYear"), { ...numeric, maxLength: 4 }, true)}
        {text("vin", t("warranty.fields.vin"), { maxLength: 17, autoCapitalize: "characters" })}
        {text("engineCode", t("warranty.fields.engineCode"))}
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t("warranty.form.failureSection")}</legend>
        {text("mileageAtFitting", t("warranty.fields.mileageAtFitting"), { ...numeric, maxLength: 12 }, true)}
        {text("mileageAtFailure", t("warranty.fields.mileageAtFailure"), { ...numeric, maxLength: 12 }, true)}
        {text("fittingDate", t("warranty.fields.fittingDate"), { type: "date", max: today })}
        {text("failureDate", t("warranty.fields.failureDate"), { type: "date", max: today })}
        {text("fittedBy", t("warranty.fields.fittedBy"))}
        <div className="sm:col-span-2">
          <Field id="complaint" label={required(t("warranty.fields.complaint"))} error={errorOf("complaint")}>
            <textarea
              id="complaint"
              rows={6}
              maxLength={4000}
              className={inputClass}
              aria-invalid={!!errors.complaint}
              aria-describedby={errors.complaint ? "complaint-error" : undefined}
              {...form.register("complaint")}
            />
          </Field>
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">{t("warranty.fields.checksDone")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
            {WARRANTY_CHECKS.map((check) => (
              <label key={check} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={check} {...form.register("checksDone")} />
                {t(`warranty.checks.${check}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <AttachmentPicker id="files" files={files} onChange={chooseFiles} error={filesError} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("warranty.form.submitting") : t("warranty.form.submit")}
        </Button>
      </div>
    </form>
  );
}
