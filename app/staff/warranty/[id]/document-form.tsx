"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { attachClaimDocumentAction } from "@/lib/staff/warranty/actions";

// A staff PDF on the claim (the credit invoice of an award, or any other document).
export function ClaimDocumentForm({ claimId }: { claimId: number }) {
  const t = useTranslations("staff.warranty");
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<"CREDIT_NOTE" | "OTHER">("CREDIT_NOTE");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setMessage({ tone: "error", text: t("chooseFile") });
    startTransition(async () => {
      const result = await attachClaimDocumentAction({ claimId, kind, file });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setMessage(null);
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div className="w-full">
        <FormMessage message={message} />
      </div>
      <Field id="doc-kind" label={t("documentKind")}>
        <select
          id="doc-kind"
          className={inputClass}
          value={kind}
          onChange={(e) => setKind(e.target.value as "CREDIT_NOTE" | "OTHER")}
        >
          <option value="CREDIT_NOTE">{t("kinds.CREDIT_NOTE")}</option>
          <option value="OTHER">{t("kinds.OTHER")}</option>
        </select>
      </Field>
      <Field id="doc-file" label={t("documentFile")}>
        <input id="doc-file" ref={fileRef} type="file" accept="application/pdf" className="text-sm" />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("attach")}
      </Button>
    </form>
  );
}
