"use client";
import { useTranslations } from "next-intl";
import { type Ref, useEffect, useId, useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";

type TArticle = { articleNumber: string; articleName: string; salesOrderNumber: string };

// The article number field: free text, with the dealer's delivered lines suggested as they type.
// Picking a line fills the article and its sales order.
export function ArticlePicker({
  id,
  inputRef,
  value,
  invalid,
  describedBy,
  onChange,
  onPick,
  onBlur,
}: {
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  value: string;
  invalid: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
  onPick: (article: TArticle) => void;
  onBlur: () => void;
}) {
  const t = useTranslations("warranty.form");
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [options, setOptions] = useState<TArticle[]>([]);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/warranty/new/articles?q=${encodeURIComponent(value)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<TArticle[]>) : []))
        .then((list) => {
          setOptions(list);
          setActive(-1);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const pick = (article: TArticle) => {
    onPick(article);
    setOpen(false);
  };

  return (
    <div className="relative">
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={`${inputClass} w-full`}
        value={value}
        onChange={(e) => {
          typed.current = true;
          onChange(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          typed.current = true;
          setOpen(true);
        }}
        onBlur={() => {
          setTimeout(() => setOpen(false), 150);
          onBlur();
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Escape") setOpen(false);
          else if (e.key === "Enter" && open && active >= 0 && options[active]) {
            e.preventDefault();
            pick(options[active]);
          } else return;
          e.preventDefault();
        }}
      />
      {open && options.length > 0 ? (
        <div
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-slate-300 bg-white shadow-lg"
        >
          {options.map((o, i) => (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: one article can be delivered twice on one order
              key={`${o.articleNumber}-${o.salesOrderNumber}-${i}`}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-brand-50" : "hover:bg-slate-100"}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
            >
              <span className="font-medium">{o.articleNumber}</span> · {o.articleName}{" "}
              <span className="text-slate-600">· {o.salesOrderNumber}</span>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
