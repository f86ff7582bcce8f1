"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeErpTokenAction } from "@/lib/erp/actions";

export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("erp.tokens");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () => {
    if (!window.confirm(t("revokeConfirm", { name }))) return;
    startTransition(async () => {
      const result = await revokeErpTokenAction({ id });
      setError(result.ok ? null : result.message);
    });
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" variant="danger" onClick={revoke} disabled={pending}>
        {t("revoke")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
