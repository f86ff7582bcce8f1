"use client";
import { useTranslations } from "next-intl";
import type { useFieldArray, UseFormReturn } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import type { TReturnRequest } from "@/lib/returns/schema";

// The chosen lines with their quantity (1 … remaining), reason and a remove button.
export type TConfirmLine = {
  id: number; articleNumber: string; externalArticleNumbers: string; articleName: string;
  salesOrderNumber: string; netUnitPrice: string; remaining: number;
};

type TConfirmLinesProps = {
  form: UseFormReturn<TReturnRequest>;
  fields: ReturnType<typeof useFieldArray<TReturnRequest, "lines", "key">>;
  lines: Map<number, TConfirmLine>;
  reasons: Array<{ id: number; label: string }>;
  message: (text?: string) => string | undefined;
};

export function ConfirmLines({ form, fields, lines, reasons, message }: TConfirmLinesProps) {
  const t = useTranslations("returns");
  const errors = form.formState.errors.lines;
  const th = "px-2 py-2 text-left text-sm font-semibold";
  return (
    <div className="overflow-x-auto rounded border border-slate-300">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{t("confirm.linesCaption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={th}>{t("columns.salesOrderNumber")}</th>
            <th scope="col" className={th}>{t("columns.articleNumber")}</th>
            <th scope="col" className={th}>{t("columns.externalArticleNumbers")}</th>
            <th scope="col" className={th}>{t("columns.articleName")}</th>
            <th scope="col" className={`${th} text-right`}>{t("columns.netUnitPrice")}</th>
            <th scope="col" className={`${th} text-right`}>{t("columns.remaining")}</th>
            <th scope="col" className={th}>{t("columns.quantity")}</th>
            <th scope="col" className={th}>{t("columns.reason")}</th>
            <th scope="col" className={th}><span className="sr-only">{t("confirm.remove")}</span></th>
          </tr>
        </thead>
        <tbody>
          {fields.fields.map((field, index) => {
            const line = lines.get(field.deliveredLineId);
            if (!line) return null;
            const qtyError = message(errors?.[index]?.quantity?.message);
            const reasonError = message(errors?.[index]?.reasonId?.message);
            return (
              <tr key={field.key} data-testid={`confirm-line-${line.articleNumber}`} className="border-t border-slate-200 align-top">
                <td className="px-2 py-2">{line.salesOrderNumber}</td>
                <td className="px-2 py-2 font-medium">{line.articleNumber}</td>
                <td className="px-2 py-2">{line.externalArticleNumbers}</td>
                <td className="px-2 py-2">{line.articleName}</td>
                <td className="px-2 py-2 text-right tabular-nums">{line.netUnitPrice}</td>
                <td className="px-2 py-2 text-right tabular-nums">{line.remaining}</td>
                <td className="px-2 py-2">
                  <input
                    type="number"
                    min={1}
                    max={line.remaining}
                    step={1}
                    inputMode="numeric"
                    aria-label={`${t("columns.quantity")} ${line.articleNumber}`}
                    aria-invalid={Boolean(qtyError)}
                    aria-describedby={`qty-hint-${index}`}
                    className={`${inputClass} w-24`}
                    {...form.register(`lines.${index}.quantity`, { valueAsNumber: true })}
                  />
                  <p id={`qty-hint-${index}`} className="text-xs text-slate-600">{t("confirm.maxQuantity", { max: line.remaining })}</p>
                  {qtyError ? <p role="alert" className="text-xs text-red-700">{qtyError}</p> : null}
                </td>
                <td className="px-2 py-2">
                  <select
                    aria-label={`${t("columns.reason")} ${line.articleNumber}`}
                    aria-invalid={Boolean(reasonError)}
                    className={inputClass}
                    {...form.register(`lines.${index}.reasonId`, { valueAsNumber: true })}
                  >
                    <option value="">{t("confirm.reasonPlaceholder")}</option>
                    {reasons.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
                  </select>
                  {reasonError ? <p role="alert" className="text-xs text-red-700">{reasonError}</p> : null}
                </td>
                <td className="px-2 py-2">
                  <button
                    type="button"
                    onClick={() => fields.remove(index)}
                    aria-label={t("confirm.removeLine", { article: line.articleNumber })}
                    className="rounded px-2 py-1 text-red-700 underline hover:bg-red-50"
                  >
                    {t("confirm.remove")}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
