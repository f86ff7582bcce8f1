"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { EnrolmentPanel } from "@/components/auth/enrolment-panel";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { confirmTwoFactor, startTwoFactor } from "@/lib/auth/account-actions";
import type { TEnrolment } from "@/lib/auth/second-factor-types";

// A dealer turns on the second step: scan the QR code, note the recovery codes, enter the first code.
export function TwoFactorSetup() {
  const t = useTranslations("auth");
  const [enrolment, setEnrolment] = useState<Omit<TEnrolment, "uri"> | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  if (done) return <Alert tone="success">{t("twoFactorEnabled")}</Alert>;
  if (!enrolment) {
    return (
      <div className="flex flex-col gap-2">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await startTwoFactor(undefined);
              if (result.ok) setEnrolment(result.data);
              else setError(result.message);
            })
          }
        >
          {t("twoFactorStart")}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await confirmTwoFactor({ code });
          if (result.ok) {
            setDone(true);
            router.refresh(); // the page's status line ("Aan: …") is the server's
          } else setError(result.fieldErrors?.code?.[0] ?? result.message);
        });
      }}
    >
      <EnrolmentPanel enrolment={enrolment} />
      <Field id="code" label={t("codeLabel")} error={error ?? undefined}>
        <input
          id="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          className={inputClass}
          value={code}
          aria-invalid={!!error}
          onChange={(event) => setCode(event.target.value)}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("twoFactorConfirm")}
      </Button>
    </form>
  );
}
