"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { updateCustomerSettingsAction } from "@/lib/staff/customers/actions";
import {
  CARRIERS,
  LANGUAGES,
  type TCustomerSettings,
  ZCustomerSettingsSchema,
} from "@/lib/staff/customers/schema";

export function CustomerSettingsForm({ values }: { values: TCustomerSettings }) {
  const t = useTranslations("staff");
  const { form, onSubmit, pending, message } = useActionForm(
    ZCustomerSettingsSchema,
    updateCustomerSettingsAction,
    values,
    { successMessage: t("saved") },
  );
  return (
    <ActionForm
      onSubmit={onSubmit}
      pending={pending}
      message={message}
      submitLabel={t("save")}
      className="flex max-w-md flex-col gap-4"
    >
      <Field id="carrier" label={t("customers.fields.carrier")}>
        <select id="carrier" className={inputClass} {...form.register("carrier")}>
          {CARRIERS.map((c) => (
            <option key={c} value={c}>
              {t(`carriers.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="language" label={t("customers.fields.language")}>
        <select id="language" className={inputClass} {...form.register("language")}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("specialOrderReturnsAllowed")} />
        {t("customers.fields.specialOrderReturnsAllowed")}
      </label>
    </ActionForm>
  );
}
