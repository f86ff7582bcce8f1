"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { updateCustomerSettingsAction } from "@/lib/staff/customers/actions";
import {
  CARRIERS,
  LANGUAGES,
  type TCustomerSettings,
  ZCustomerSettingsSchema,
} from "@/lib/staff/customers/schema";
import { FormMessage } from "../../_components/form-message";
import { useActionForm } from "../../_components/use-action-form";

export function CustomerSettingsForm({ values }: { values: TCustomerSettings }) {
  const t = useTranslations("staff");
  const { form, onSubmit, pending, message } = useActionForm(
    ZCustomerSettingsSchema,
    updateCustomerSettingsAction,
    values,
    { successMessage: t("saved") },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <FormMessage message={message} />
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
      <div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
