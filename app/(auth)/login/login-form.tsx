"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { logIn } from "@/lib/auth/actions";
import { ZLoginSchema, type TLogin } from "@/lib/auth/schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const messageText = useMessageText();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<TLogin>({ resolver: zodResolver(ZLoginSchema), defaultValues: { email: "", password: "", callbackUrl } });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(null);
      const result = await logIn(values);
      if (result && !result.ok) setFormError(result.message);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label={t("auth.email")} error={messageText(errors.email?.message)}>
        <input id="email" type="email" autoComplete="username" className={inputClass} aria-invalid={!!errors.email} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("auth.password")} error={messageText(errors.password?.message)}>
        <input id="password" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!errors.password} {...form.register("password")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("auth.submitLogin")}
      </Button>
    </form>
  );
}
