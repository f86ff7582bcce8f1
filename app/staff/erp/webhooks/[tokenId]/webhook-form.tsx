"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm, useErrorText } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { rotateWebhookSecretAction, saveWebhookAction } from "@/lib/erp/webhooks/actions";
import { ZSaveWebhookSchema } from "@/lib/erp/webhooks/schema";

// The webhook URL of a token. The signing secret exists only in this component's state, shown
// once after the first save or a rotation (like the token itself); it is gone on reload.
export function WebhookForm({
  tokenId,
  url,
  hasWebhook,
}: {
  tokenId: number;
  url: string;
  hasWebhook: boolean;
}) {
  const t = useTranslations("erpWebhooks");
  const errorText = useErrorText();
  const [secret, setSecret] = useState<string | null>(null);
  const { form, onSubmit, pending, message } = useActionForm(
    ZSaveWebhookSchema,
    saveWebhookAction,
    { tokenId, url },
    { successMessage: t("saved"), onSuccess: (data) => data.secret && setSecret(data.secret) },
  );
  const { errors } = form.formState;
  // Rotating has no form: its own transition, its answer the new secret or an error.
  const [rotating, startRotate] = useTransition();
  const [rotateError, setRotateError] = useState<string | null>(null);
  const rotate = () => {
    if (!window.confirm(t("rotateConfirm"))) return;
    startRotate(async () => {
      const result = await rotateWebhookSecretAction({ tokenId });
      setRotateError(result.ok ? null : result.message);
      if (result.ok) setSecret(result.data.secret);
    });
  };

  return (
    <div className="flex flex-col gap-4">
      {secret ? (
        <Alert tone="success">
          <p>{t("secretOnce")}</p>
          <code
            data-testid="webhook-secret"
            className="mt-2 block break-all rounded bg-white p-2 font-mono text-sm text-slate-900"
          >
            {secret}
          </code>
        </Alert>
      ) : null}
      {secret && message?.tone === "success" ? null : <FormMessage message={message} />}
      {rotateError ? <Alert tone="error">{rotateError}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <Field
            id="webhook-url"
            label={t("urlLabel")}
            hint={t("urlHint")}
            error={errorText(errors.url?.message)}
          >
            <input
              id="webhook-url"
              type="url"
              inputMode="url"
              autoComplete="off"
              className={`${inputClass} w-full`}
              aria-invalid={!!errors.url}
              aria-describedby={errors.url ? "webhook-url-hint webhook-url-error" : "webhook-url-hint"}
              {...form.register("url")}
            />
          </Field>
        </div>
        <Button type="submit" disabled={pending || rotating}>
          {t("save")}
        </Button>
        {hasWebhook ? (
          <Button type="button" variant="secondary" disabled={pending || rotating} onClick={rotate}>
            {t("rotate")}
          </Button>
        ) : null}
      </form>
      {hasWebhook && !secret ? <p className="text-xs text-slate-600">{t("secretHidden")}</p> : null}
    </div>
  );
}
