"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import {
  changePasswordAction,
  setAccountLanguageAction,
  setMailPreferencesAction,
  updateAccountNameAction,
} from "@/lib/auth/account-actions";
import {
  type TMailPreferences,
  ZAccountLanguageSchema,
  ZAccountNameSchema,
  ZChangePasswordSchema,
  ZMailPreferencesSchema,
} from "@/lib/auth/account-schema";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";

// The account page's own forms: each saves through its dealer action and shows the answer.
const LANGUAGE_NAMES = { nl: "Nederlands", fr: "Français", en: "English", de: "Deutsch" } as const;

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZAccountNameSchema,
    updateAccountNameAction,
    { name },
    { successMessage: t("saved") },
  );
  const error = form.formState.errors.name;
  return (
    <ActionForm onSubmit={onSubmit} pending={pending} message={message} submitLabel={t("save")}>
      <Field id="account-name" label={t("nameLabel")} hint={t("nameHint")} error={errorText(error?.message)}>
        <input
          id="account-name"
          autoComplete="name"
          className={inputClass}
          aria-invalid={!!error}
          {...form.register("name")}
        />
      </Field>
    </ActionForm>
  );
}

export function PasswordForm() {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const { form, onSubmit, pending, message } = useActionForm(
    ZChangePasswordSchema,
    changePasswordAction,
    { currentPassword: "", password: "", passwordConfirm: "" },
    {
      resetOnSuccess: true,
      successMessage: (data: { endedSessions: number }) =>
        t("passwordChanged", { count: data.endedSessions }),
    },
  );
  const { errors } = form.formState;
  const fields = [
    ["currentPassword", "current-password", t("currentPassword")],
    ["password", "new-password", t("newPassword")],
    ["passwordConfirm", "new-password", t("newPasswordConfirm")],
  ] as const;
  return (
    <ActionForm onSubmit={onSubmit} pending={pending} message={message} submitLabel={t("changePassword")}>
      <p className="text-xs text-slate-600">{t("passwordHint")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {fields.map(([name, autoComplete, label]) => (
          <Field key={name} id={`account-${name}`} label={label} error={errorText(errors[name]?.message)}>
            <input
              id={`account-${name}`}
              type="password"
              autoComplete={autoComplete}
              className={inputClass}
              aria-invalid={!!errors[name]}
              {...form.register(name)}
            />
          </Field>
        ))}
      </div>
    </ActionForm>
  );
}

export function LanguageForm({ language }: { language: TLocale }) {
  const t = useTranslations("account");
  const { form, onSubmit, pending, message } = useActionForm(
    ZAccountLanguageSchema,
    setAccountLanguageAction,
    { language },
  );
  return (
    <ActionForm onSubmit={onSubmit} pending={pending} message={message} submitLabel={t("save")}>
      <Field id="account-language" label={t("languageLabel")}>
        <select id="account-language" className={`${inputClass} sm:max-w-xs`} {...form.register("language")}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>
    </ActionForm>
  );
}

export function MailPreferencesForm({ values }: { values: TMailPreferences }) {
  const t = useTranslations("account");
  const { form, onSubmit, pending, message } = useActionForm(
    ZMailPreferencesSchema,
    setMailPreferencesAction,
    values,
    { successMessage: t("mailSaved") },
  );
  return (
    <ActionForm onSubmit={onSubmit} pending={pending} message={message} submitLabel={t("save")}>
      <fieldset className="flex flex-col gap-2">
        <legend className="sr-only">{t("mailTitle")}</legend>
        {(["mailRmaStatus", "mailWarrantyStatus", "mailInvoiceReminders"] as const).map((name) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" {...form.register(name)} />
            {t(name)}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
