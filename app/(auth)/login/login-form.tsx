"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { EnrolmentPanel } from "@/components/auth/enrolment-panel";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { logIn, type TLoginStep } from "@/lib/auth/actions";
import { type TLogin, ZLoginSchema } from "@/lib/auth/schema";
import { useMessageText } from "@/lib/i18n/use-message-text";

// Sign-in: e-mail and password, then — for staff, and dealers who turned it on — the code from an
// authenticator app (or a recovery code); a staff member without one first scans a QR code.
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const messageText = useMessageText();
  const [formError, setFormError] = useState<string | null>(null);
  const [step, setStep] = useState<TLoginStep | null>(null);
  const [pending, startTransition] = useTransition();
  const codeInput = useRef<HTMLInputElement | null>(null);
  const form = useForm<TLogin>({
    resolver: zodResolver(ZLoginSchema),
    defaultValues: { email: "", password: "", callbackUrl, code: "" },
  });
  const errors = form.formState.errors;
  const askingCode = step !== null;

  useEffect(() => {
    if (askingCode) codeInput.current?.focus();
  }, [askingCode]);

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(null);
      if (askingCode && !values.code) {
        setFormError(t("auth.codeRequired"));
        return;
      }
      const result = await logIn(values);
      if (result && !result.ok) setFormError(result.message);
      else if (result?.ok) {
        setStep(result.data);
        form.setValue("code", "");
      }
    }),
  );
  const { ref: registerCodeRef, ...codeField } = form.register("code");

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className={askingCode ? "hidden" : "flex flex-col gap-4"}>
        <Field id="email" label={t("auth.email")} error={messageText(errors.email?.message)}>
          <input
            id="email"
            type="email"
            autoComplete="username"
            className={inputClass}
            aria-invalid={!!errors.email}
            {...form.register("email")}
          />
        </Field>
        <Field id="password" label={t("auth.password")} error={messageText(errors.password?.message)}>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className={inputClass}
            aria-invalid={!!errors.password}
            {...form.register("password")}
          />
        </Field>
      </div>
      {step?.step === "enroll" ? <EnrolmentPanel enrolment={step} /> : null}
      {askingCode ? (
        <Field
          id="code"
          label={t("auth.codeLabel")}
          hint={t("auth.codeHint")}
          error={messageText(errors.code?.message)}
        >
          <input
            id="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            className={inputClass}
            aria-invalid={!!errors.code}
            {...codeField}
            ref={(element) => {
              registerCodeRef(element);
              codeInput.current = element;
            }}
          />
        </Field>
      ) : null}
      <Button type="submit" disabled={pending}>
        {askingCode ? t("auth.submitCode") : t("auth.submitLogin")}
      </Button>
    </form>
  );
}
