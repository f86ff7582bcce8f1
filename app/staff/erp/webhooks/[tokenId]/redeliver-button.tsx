"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { redeliverWebhookAction } from "@/lib/erp/webhooks/actions";

// Sends a delivered or failed webhook event again; the page refreshes through revalidatePath.
export function RedeliverButton({ tokenId, eventId }: { tokenId: number; eventId: number }) {
  const t = useTranslations("erpWebhooks");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const redeliver = () =>
    startTransition(async () => {
      const result = await redeliverWebhookAction({ tokenId, eventId });
      setMessage(result.ok ? t("redelivered") : result.message);
    });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        type="button"
        variant="secondary"
        className="px-2 py-1"
        disabled={pending}
        onClick={redeliver}
        aria-label={t("redeliverLabel", { id: eventId })}
      >
        {t("redeliver")}
      </Button>
      {message ? (
        <p role="status" className="text-xs text-slate-600">
          {message}
        </p>
      ) : null}
    </div>
  );
}
