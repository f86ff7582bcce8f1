"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { rotateWebhookSecretAction, saveWebhookAction } from "@/lib/erp/webhooks/actions";
import { type TSaveWebhook, ZSaveWebhookSchema } from "@/lib/erp/webhooks/schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

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
  const messageText = useMessageText();
  const [pending, startTransition] = useTransition();
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSaveWebhook>({
    resolver: zodResolver(ZSaveWebhookSchema),
    defaultValues: { tokenId, url },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(null);
      setNotice(null);
      const result = await saveWebhookAction(values);
      if (!result.ok) {
        if (result.fieldErrors?.url) form.setError("url", { message: result.fieldErrors.url[0] });
        else setFormError(result.message);
        return;
      }
      if (result.data.secret) setSecret(result.data.secret);
      setNotice(t("saved"));
    }),
  );
  const rotate = () => {
    if (!window.confirm(t("rotateConfirm"))) return;
    startTransition(async () => {
      setFormError(null);
      setNotice(null);
      const result = await rotateWebhookSecretAction({ tokenId });
      if (result.ok) setSecret(result.data.secret);
      else setFormError(result.message);
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
      {notice && !secret ? (
        <p role="status" className="text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <Field
            id="webhook-url"
            label={t("urlLabel")}
            hint={t("urlHint")}
            error={messageText(errors.url?.message)}
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
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {hasWebhook ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={rotate}>
            {t("rotate")}
          </Button>
        ) : null}
      </form>
      {hasWebhook && !secret ? <p className="text-xs text-slate-600">{t("secretHidden")}</p> : null}
    </div>
  );
}
