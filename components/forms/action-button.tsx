"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/actions/result";

// A one-click change (close, mark invoiced, deactivate, redeliver …), with an optional confirm
// and an optional word once it is done.
export function ActionButton<T>({
  action,
  input,
  label,
  ariaLabel,
  confirm,
  done,
  variant = "secondary",
  testId,
}: {
  action: (input: T) => Promise<TActionResult<unknown>>;
  input: T;
  label: string;
  /** The button's name where the label alone is ambiguous (one button per row). */
  ariaLabel?: string;
  confirm?: string;
  /** Shown (as a status) after it succeeded. */
  done?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  testId?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const onClick = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) setOutcome({ ok: false, message: result.message });
      else {
        setOutcome(done ? { ok: true, message: done } : null);
        router.refresh();
      }
    });
  };
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={onClick}
        data-testid={testId}
        aria-label={ariaLabel}
      >
        {label}
      </Button>
      {outcome ? (
        <span
          role={outcome.ok ? "status" : "alert"}
          className={outcome.ok ? "text-sm text-slate-600" : "text-sm text-red-700"}
        >
          {outcome.message}
        </span>
      ) : null}
    </span>
  );
}
