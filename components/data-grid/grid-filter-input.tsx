"use client";
// A column's search box: typing updates the URL filter after a short pause.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { MAX_FILTER_LENGTH, normalizeFilterText } from "@/lib/grid/params";
import type { TGridColumn } from "@/lib/grid/types";

const DEBOUNCE_MS = 300;
const HINTS = {
  number: "filterHintNumber",
  money: "filterHintMoney",
  date: "filterHintDate",
  flag: "filterHintFlag",
  text: null,
} as const;

export function GridFilterInput({
  column,
  value,
  onFilter,
}: {
  column: TGridColumn;
  value: string;
  onFilter: (text: string) => void;
}) {
  const t = useTranslations("grid");
  const [text, setText] = useState(value);
  const pushed = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The URL changed from elsewhere (clear filters, back button): show its value.
  useEffect(() => {
    if (value !== pushed.current) setText(value);
    pushed.current = value;
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function push(next: string) {
    clearTimeout(timer.current);
    const normalized = normalizeFilterText(next);
    if (normalized === pushed.current) return;
    pushed.current = normalized;
    onFilter(normalized);
  }

  const hint = HINTS[column.type];
  return (
    <input
      type="search"
      // A small intrinsic width: the column's width comes from its header and cells, not the box.
      size={4}
      value={text}
      maxLength={MAX_FILTER_LENGTH}
      aria-label={t("search", { column: column.label })}
      placeholder={hint && !column.options ? t(hint) : undefined}
      className="grid-search"
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => push(next), DEBOUNCE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") push(text);
      }}
    />
  );
}
