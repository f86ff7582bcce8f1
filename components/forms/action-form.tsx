"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "./form-message";

// A stacked form on a server action: the answer above, the fields, the submit button below.
// Pairs with useActionForm, which gives onSubmit, pending and message.
export function ActionForm({
  onSubmit,
  pending,
  message,
  submitLabel,
  className = "flex flex-col gap-3",
  children,
}: {
  onSubmit: () => void;
  pending: boolean;
  message: { tone: "error" | "success"; text: string } | null;
  submitLabel: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className={className}>
      <FormMessage message={message} />
      {children}
      <div>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
