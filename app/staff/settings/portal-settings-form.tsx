"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { updateSettingsAction } from "@/lib/staff/settings/actions";
import { type TPortalSettings, ZPortalSettingsSchema } from "@/lib/staff/settings/schema";

export function PortalSettingsForm({ values }: { values: TPortalSettings }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZPortalSettingsSchema,
    updateSettingsAction,
    values,
    { successMessage: t("staff.saved") },
  );
  const { errors } = form.formState;
  const err = errorText;
  return (
    <ActionForm
      onSubmit={onSubmit}
      pending={pending}
      message={message}
      submitLabel={t("staff.save")}
      className="flex max-w-xl flex-col gap-4"
    >
      <Field
        id="surcharge"
        label={t("staff.settings.returnSurcharge")}
        error={err(errors.returnSurcharge?.message)}
      >
        <input
          id="surcharge"
          inputMode="decimal"
          className={inputClass}
          aria-invalid={!!errors.returnSurcharge}
          {...form.register("returnSurcharge")}
        />
      </Field>
      <Field id="terms" label={t("staff.settings.termsUrl")} error={err(errors.termsUrl?.message)}>
        <input
          id="terms"
          className={inputClass}
          aria-invalid={!!errors.termsUrl}
          {...form.register("termsUrl")}
        />
      </Field>
      <Field
        id="manual"
        label={t("staff.settings.warrantyManualUrl")}
        error={err(errors.warrantyManualUrl?.message)}
      >
        <input
          id="manual"
          className={inputClass}
          aria-invalid={!!errors.warrantyManualUrl}
          {...form.register("warrantyManualUrl")}
        />
      </Field>
      <Field
        id="address"
        label={t("staff.settings.returnAddress")}
        error={err(errors.returnAddress?.message)}
      >
        <textarea id="address" rows={4} className={inputClass} {...form.register("returnAddress")} />
      </Field>
    </ActionForm>
  );
}
