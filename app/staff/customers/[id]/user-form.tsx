"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { createUserAction } from "@/lib/staff/customers/actions";
import { LANGUAGES, ZCreateUserSchema } from "@/lib/staff/customers/schema";

export function UserForm({
  customerId,
  language,
}: {
  customerId: number;
  language: (typeof LANGUAGES)[number];
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZCreateUserSchema,
    createUserAction,
    { customerId, email: "", name: "", language },
    { resetOnSuccess: true, successMessage: t("staff.users.invited") },
  );
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl items-end gap-3 sm:grid-cols-4">
      <div className="sm:col-span-4">
        <FormMessage message={message} />
      </div>
      <Field id="user-name" label={t("staff.users.fields.name")} error={errorText(errors.name?.message)}>
        <input
          id="user-name"
          className={inputClass}
          aria-invalid={!!errors.name}
          {...form.register("name")}
        />
      </Field>
      <Field id="user-email" label={t("staff.users.fields.email")} error={errorText(errors.email?.message)}>
        <input
          id="user-email"
          type="email"
          className={inputClass}
          aria-invalid={!!errors.email}
          {...form.register("email")}
        />
      </Field>
      <Field id="user-language" label={t("staff.users.fields.language")}>
        <select id="user-language" className={inputClass} {...form.register("language")}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`staff.languages.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {t("staff.users.create")}
        </Button>
      </div>
    </form>
  );
}
