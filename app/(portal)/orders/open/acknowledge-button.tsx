"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { acknowledgeExpectedDatesAction } from "@/lib/orders/actions";

type TProps = {
  lineIds: number[];
  /** When the page was made (ISO): changes after it stay marked. */
  seenAt: string;
  label: string;
  ariaLabel?: string;
  size?: "small" | "normal";
  testId: string;
};

// "Gezien": records that the user has seen these lines' moved dates; the page then shows them unmarked.
export function AcknowledgeButton({ lineIds, seenAt, label, ariaLabel, size = "normal", testId }: TProps) {
  const t = useTranslations("desk.marks");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const acknowledge = () =>
    startTransition(async () => {
      const result = await acknowledgeExpectedDatesAction({ lineIds, seenAt });
      setFailed(!result?.ok);
      if (result?.ok) router.refresh();
    });
  const sizing = size === "small" ? "px-1.5 py-0.5 text-xs" : "px-3 py-1.5 text-sm";
  return (
    <>
      <button
        type="button"
        onClick={acknowledge}
        disabled={pending}
        aria-label={ariaLabel}
        data-testid={testId}
        className={`rounded border border-amber-700 bg-white font-medium text-amber-900 hover:bg-amber-50 disabled:opacity-60 ${sizing}`}
      >
        {label}
      </button>
      {failed ? (
        <span role="alert" className="text-xs text-red-800">
          {t("failed")}
        </span>
      ) : null}
    </>
  );
}
