"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { retryOutboxMessageAction } from "@/lib/email/actions";

// Retry for a FAILED outbox message; the page refreshes itself through revalidatePath.
export function RetryButton({ id }: { id: number }) {
  const t = useTranslations("email.staffOutbox");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const retry = () =>
    startTransition(async () => {
      const result = await retryOutboxMessageAction({ id });
      setMessage(result.ok ? t("retried") : result.message);
    });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" className="px-2 py-1" disabled={pending} onClick={retry}>
        {pending ? t("retrying") : t("retry")}
      </Button>
      {message ? (
        <p role="status" className="text-xs text-slate-600">
          {message}
        </p>
      ) : null}
    </div>
  );
}
