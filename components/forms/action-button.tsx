"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/actions/result";

// A one-click change (close, mark invoiced, deactivate …), with an optional confirm.
export function ActionButton<T>({
  action,
  input,
  label,
  confirm,
  variant = "secondary",
  testId,
}: {
  action: (input: T) => Promise<TActionResult<unknown>>;
  input: T;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  testId?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) setError(result.message);
      else {
        setError(null);
        router.refresh();
      }
    });
  };
  return (
    <span className="inline-flex flex-col gap-1">
      <Button type="button" variant={variant} disabled={pending} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
