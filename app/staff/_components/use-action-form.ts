"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { TActionResult } from "@/lib/actions/result";

// A staff form: react-hook-form on the action's zod schema; server field errors go back into
// the form, the page refreshes after success.
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (input: z.output<S>) => Promise<TActionResult<R>>,
  defaultValues: DefaultValues<z.input<S>>,
  { resetOnSuccess = false, successMessage }: { resetOnSuccess?: boolean; successMessage?: string } = {},
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as never, defaultValues });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action(values);
      if (!result.ok) {
        setMessage({ tone: "error", text: result.message });
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
          form.setError(field as Path<z.input<S>>, { message: messages[0] });
        }
        return;
      }
      setMessage(successMessage ? { tone: "success", text: successMessage } : null);
      if (resetOnSuccess) form.reset();
      router.refresh();
    }),
  );
  return { form, onSubmit, pending, message };
}

/** A field error's text: zod messages are translation keys, server field errors arrive translated. */
export function useErrorText(): (message?: string) => string | undefined {
  const t = useTranslations();
  return (message) => (message ? (t.has(message as never) ? t(message as never) : message) : undefined);
}
