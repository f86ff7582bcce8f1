"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { setPassword } from "@/lib/auth/actions";
import { type TSetPassword, ZSetPasswordSchema } from "@/lib/auth/schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const messageText = useMessageText();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<TSetPassword>({
    resolver: zodResolver(ZSetPasswordSchema),
    defaultValues: { token, password: "", passwordConfirm: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await setPassword(values);
      if (result && !result.ok) setFormError(result.message);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? (
        <Alert tone="error">
          {formError}{" "}
          <Link href="/reset-password" className="underline">
            {t("auth.resetTitle")}
          </Link>
        </Alert>
      ) : null}
      <Field id="password" label={t("auth.password")} error={messageText(errors.password?.message)}>
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          {...form.register("password")}
        />
      </Field>
      <Field
        id="passwordConfirm"
        label={t("auth.passwordConfirm")}
        error={messageText(errors.passwordConfirm?.message)}
      >
        <input
          id="passwordConfirm"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.passwordConfirm}
          {...form.register("passwordConfirm")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("auth.setPasswordSubmit")}
      </Button>
    </form>
  );
}
