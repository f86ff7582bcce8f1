"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { createErpTokenAction } from "@/lib/erp/actions";
import { type TCreateErpToken, ZCreateErpTokenSchema } from "@/lib/erp/token-schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

// Note: the secret exists only in this component's state; it is gone once the page reloads.
export function CreateTokenForm() {
  const t = useTranslations();
  const messageText = useMessageText();
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TCreateErpToken>({
    resolver: zodResolver(ZCreateErpTokenSchema),
    defaultValues: { name: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(null);
      const result = await createErpTokenAction(values);
      if (!result.ok) {
        setFormError(result.message);
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {}))
          form.setError(field as "name", { message: messages[0] });
        return;
      }
      setSecret({ name: result.data.name, token: result.data.token });
      form.reset();
    }),
  );

  return (
    <div className="flex flex-col gap-4">
      {secret ? (
        <Alert tone="success">
          <p>{t("erp.tokens.secretOnce", { name: secret.name })}</p>
          <code
            data-testid="erp-token-secret"
            className="mt-2 block break-all rounded bg-white p-2 font-mono text-sm text-slate-900"
          >
            {secret.token}
          </code>
        </Alert>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <Field
          id="token-name"
          label={t("erp.tokens.name")}
          hint={t("erp.tokens.nameHint")}
          error={messageText(errors.name?.message)}
        >
          <input
            id="token-name"
            className={inputClass}
            aria-invalid={!!errors.name}
            {...form.register("name")}
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {t("erp.tokens.createSubmit")}
        </Button>
      </form>
    </div>
  );
}
