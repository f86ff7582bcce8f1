"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type DefaultValues, type FieldValues, type Path, useForm } from "react-hook-form";
import type { z } from "zod";
import type { TActionResult } from "@/lib/actions/result";
import { useMessageText } from "@/lib/i18n/use-message-text";

// A form on a server action (staff forms, the dealer's account and company forms): react-hook-form on the action's zod schema; server field errors go back into
// the form, the page refreshes after success (`onSuccess` gets the action's answer first).
export function useActionForm<TIn extends FieldValues, TOut extends FieldValues, R>(
  schema: z.ZodType<TOut, TIn>,
  action: (input: TOut) => Promise<TActionResult<R>>,
  defaultValues: DefaultValues<TIn>,
  {
    resetOnSuccess = false,
    successMessage,
    onSuccess,
  }: {
    resetOnSuccess?: boolean;
    successMessage?: string | ((data: R) => string);
    onSuccess?: (data: R) => void;
  } = {},
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TIn, unknown, TOut>({ resolver: zodResolver(schema), defaultValues });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action(values);
      if (!result.ok) {
        const fieldErrors = Object.entries(result.fieldErrors ?? {});
        for (const [field, messages] of fieldErrors)
          form.setError(field as Path<TIn>, { message: messages[0] });
        // A refusal already shown at its field is not repeated above the form.
        const atField = fieldErrors.some(([, messages]) => messages[0] === result.message);
        setMessage(atField ? null : { tone: "error", text: result.message });
        return;
      }
      onSuccess?.(result.data);
      const text = typeof successMessage === "function" ? successMessage(result.data) : successMessage;
      setMessage(text ? { tone: "success", text } : null);
      if (resetOnSuccess) form.reset();
      router.refresh();
    }),
  );
  return { form, onSubmit, pending, message };
}

/** A field error's text: zod messages are translation keys, server field errors arrive translated. */
export const useErrorText = useMessageText;
