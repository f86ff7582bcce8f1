"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { createCustomerAction } from "@/lib/staff/customers/actions";
import { LANGUAGES, ZCreateCustomerSchema } from "@/lib/staff/customers/schema";

export function CustomerForm() {
  const t = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const { form, onSubmit, pending, message } = useActionForm(
    ZCreateCustomerSchema,
    async (input) => {
      const result = await createCustomerAction(input);
      if (result.ok) router.push(`/staff/customers/${result.data.customerId}`);
      return result;
    },
    { erpNumber: "", name: "", language: "nl", street: "", postalCode: "", city: "", country: "NL" },
  );
  const { errors } = form.formState;
  const err = (key: keyof typeof errors) => errorText(errors[key]?.message);
  const text = (
    name: "erpNumber" | "name" | "street" | "postalCode" | "city" | "country",
    autoComplete?: string,
  ) => (
    <Field id={name} label={t(`staff.customers.fields.${name}`)} error={err(name)}>
      <input
        id={name}
        autoComplete={autoComplete}
        className={inputClass}
        aria-invalid={!!errors[name]}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage message={message} />
      </div>
      {text("erpNumber")}
      {text("name", "organization")}
      <Field id="language" label={t("staff.customers.fields.language")}>
        <select id="language" className={inputClass} {...form.register("language")}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`staff.languages.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      {text("street", "street-address")}
      {text("postalCode", "postal-code")}
      {text("city", "address-level2")}
      {text("country", "country")}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("staff.customers.create")}
        </Button>
      </div>
    </form>
  );
}
