"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/actions/result";

// Ends the staff member's "view as dealer"; the action sends them back to the staff desk.
export function EndDealerViewButton({
  action,
  label,
}: {
  action: (input: Record<string, never>) => Promise<TActionResult<unknown>>;
  label: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action({});
            if (!result.ok) setError(result.message);
          })
        }
      >
        {label}
      </Button>
      {error ? (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
