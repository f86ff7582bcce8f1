"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { requestReset } from "@/lib/auth/actions";
import { type TResetRequest, ZResetRequestSchema } from "@/lib/auth/schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

export function ResetRequestForm() {
  const t = useTranslations();
  const messageText = useMessageText();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<TResetRequest>({
    resolver: zodResolver(ZResetRequestSchema),
    defaultValues: { email: "" },
  });
  const error = form.formState.errors.email?.message;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await requestReset(values);
      setMessage(
        result.ok ? { tone: "success", text: t("auth.resetSent") } : { tone: "error", text: result.message },
      );
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field id="email" label={t("auth.email")} error={messageText(error)}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={!!error}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("auth.resetSubmit")}
      </Button>
    </form>
  );
}
