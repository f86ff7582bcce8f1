"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { inviteColleagueAction } from "@/lib/company/actions";
import { USER_LANGUAGES, ZInviteColleagueSchema } from "@/lib/company/schema";

const LANGUAGE_NAMES = { nl: "Nederlands", fr: "Français", en: "English", de: "Deutsch" } as const;

// A company admin invites a colleague: name, address and the language of their mails.
export function InviteForm({ language }: { language: (typeof USER_LANGUAGES)[number] }) {
  const t = useTranslations("company");
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZInviteColleagueSchema,
    inviteColleagueAction,
    { email: "", name: "", language },
    { resetOnSuccess: true, successMessage: t("invited") },
  );
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid items-end gap-3 sm:grid-cols-4">
      <div className="sm:col-span-4">
        <FormMessage message={message} />
      </div>
      <Field id="invite-name" label={t("fields.name")} error={errorText(errors.name?.message)}>
        <input
          id="invite-name"
          className={inputClass}
          aria-invalid={!!errors.name}
          {...form.register("name")}
        />
      </Field>
      <Field id="invite-email" label={t("fields.email")} error={errorText(errors.email?.message)}>
        <input
          id="invite-email"
          type="email"
          className={inputClass}
          aria-invalid={!!errors.email}
          {...form.register("email")}
        />
      </Field>
      <Field id="invite-language" label={t("fields.language")}>
        <select id="invite-language" className={inputClass} {...form.register("language")}>
          {USER_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {t("invite")}
        </Button>
      </div>
    </form>
  );
}
