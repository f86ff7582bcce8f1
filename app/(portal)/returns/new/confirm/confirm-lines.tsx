"use client";
import { useLocale, useTranslations } from "next-intl";
import type { UseFormReturn, useFieldArray } from "react-hook-form";
import { cardTable } from "@/components/ui/card-table";
import { inputClass } from "@/components/ui/field";
import type { TLocale } from "@/lib/i18n/locales";
import { parseLocaleInteger } from "@/lib/numbers/locale-number";
import type { TReturnRequest } from "@/lib/returns/schema";
import { AttachmentPicker } from "../../../warranty/attachment-picker";

// The chosen lines with their quantity (1 … remaining), reason and a remove button.
export type TConfirmLine = {
  id: number;
  articleNumber: string;
  externalArticleNumbers: string;
  articleName: string;
  salesOrderNumber: string;
  netUnitPrice: string;
  remaining: number;
};

export type TConfirmReason = { id: number; label: string; asksForEvidence: boolean };
/** The photos chosen per delivered line, and a message per line (a refused file, a missing photo). */
export type TLinePhotos = {
  files: Map<number, File[]>;
  errors: Map<number, string>;
  onChange: (deliveredLineId: number, files: File[], problem: string | null) => void;
};

type TConfirmLinesProps = {
  form: UseFormReturn<TReturnRequest>;
  fields: ReturnType<typeof useFieldArray<TReturnRequest, "lines", "key">>;
  lines: Map<number, TConfirmLine>;
  reasons: TConfirmReason[];
  message: (text?: string) => string | undefined;
  photos: TLinePhotos;
};

export function ConfirmLines({ form, fields, lines, reasons, message, photos }: TConfirmLinesProps) {
  const t = useTranslations("returns");
  const tr = useTranslations("rma");
  const evidence = new Set(reasons.filter((r) => r.asksForEvidence).map((r) => r.id));
  const chosenReasons = form.watch("lines");
  const locale = useLocale() as TLocale;
  const errors = form.formState.errors.lines;
  // The quantity is typed the user's way; arrow keys still step it within 1 … what is left.
  const toQuantity = (value: unknown) => parseLocaleInteger(String(value ?? ""), locale) ?? Number.NaN;
  const step = (index: number, by: number, max: number) => {
    const current = toQuantity(form.getValues(`lines.${index}.quantity`));
    const next = Math.min(max, Math.max(1, (Number.isNaN(current) ? 0 : current) + by));
    form.setValue(`lines.${index}.quantity`, next, { shouldValidate: form.formState.isSubmitted });
  };
  return (
    <div className={cardTable.wrapper}>
      <table className={cardTable.table}>
        <caption className="sr-only">{t("confirm.linesCaption")}</caption>
        <thead className={cardTable.thead}>
          <tr>
            <th scope="col" className={`${cardTable.th} max-lg:hidden`}>
              {t("columns.salesOrderNumber")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.articleNumber")}
            </th>
            <th scope="col" className={`${cardTable.th} max-xl:hidden`}>
              {t("columns.externalArticleNumbers")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.articleName")}
            </th>
            <th scope="col" className={`${cardTable.th} text-right max-lg:hidden`}>
              {t("columns.netUnitPrice")}
            </th>
            <th scope="col" className={`${cardTable.th} text-right`}>
              {t("columns.remaining")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.quantity")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.reason")}
            </th>
            <th scope="col" className={cardTable.th}>
              <span className="sr-only">{t("confirm.remove")}</span>
            </th>
          </tr>
        </thead>
        <tbody className={cardTable.tbody}>
          {fields.fields.map((field, index) => {
            const line = lines.get(field.deliveredLineId);
            if (!line) return null;
            const qtyError = message(errors?.[index]?.quantity?.message);
            const reasonError = message(errors?.[index]?.reasonId?.message);
            return (
              <tr
                key={field.key}
                data-testid={`confirm-line-${line.articleNumber}`}
                className={cardTable.row}
              >
                <td data-label={t("columns.salesOrderNumber")} className={`${cardTable.td} max-lg:hidden`}>
                  {line.salesOrderNumber}
                </td>
                <td data-label={t("columns.articleNumber")} className={`${cardTable.td} font-medium`}>
                  {line.articleNumber}
                </td>
                <td
                  data-label={t("columns.externalArticleNumbers")}
                  className={`${cardTable.td} max-xl:hidden`}
                >
                  {line.externalArticleNumbers}
                </td>
                <td data-label={t("columns.articleName")} className={cardTable.td}>
                  <span className="line-clamp-2 max-w-64" title={line.articleName}>
                    {line.articleName}
                  </span>
                </td>
                <td
                  data-label={t("columns.netUnitPrice")}
                  className={`${cardTable.td} whitespace-nowrap text-right tabular-nums max-lg:hidden`}
                >
                  {line.netUnitPrice}
                </td>
                <td data-label={t("columns.remaining")} className={`${cardTable.td} text-right tabular-nums`}>
                  {line.remaining}
                </td>
                <td data-label={t("columns.quantity")} className={cardTable.td}>
                  <div>
                    <input
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      onKeyDown={(event) => {
                        if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
                        event.preventDefault();
                        step(index, event.key === "ArrowUp" ? 1 : -1, line.remaining);
                      }}
                      aria-label={`${t("columns.quantity")} ${line.articleNumber}`}
                      aria-invalid={Boolean(qtyError)}
                      aria-describedby={`qty-hint-${index}`}
                      className={`${inputClass} w-24 max-w-full`}
                      {...form.register(`lines.${index}.quantity`, { setValueAs: toQuantity })}
                    />
                    <p id={`qty-hint-${index}`} className="text-xs text-slate-600">
                      {t("confirm.maxQuantity", { max: line.remaining })}
                    </p>
                    {qtyError ? (
                      <p role="alert" className="text-xs text-red-700">
                        {qtyError}
                      </p>
                    ) : null}
                  </div>
                </td>
                <td data-label={t("columns.reason")} className={cardTable.td}>
                  <div>
                    <select
                      aria-label={`${t("columns.reason")} ${line.articleNumber}`}
                      aria-invalid={Boolean(reasonError)}
                      className={`${inputClass} max-w-full`}
                      {...form.register(`lines.${index}.reasonId`, { valueAsNumber: true })}
                    >
                      <option value="">{t("confirm.reasonPlaceholder")}</option>
                      {reasons.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                    {reasonError ? (
                      <p role="alert" className="text-xs text-red-700">
                        {reasonError}
                      </p>
                    ) : null}
                    {evidence.has(Number(chosenReasons[index]?.reasonId)) ? (
                      <div className="mt-2 max-w-80" data-testid={`photos-${line.articleNumber}`}>
                        <AttachmentPicker
                          id={`photos-${line.id}`}
                          label={tr("confirm.photosFor", { article: line.articleNumber })}
                          hint={tr("confirm.photosHint")}
                          files={photos.files.get(line.id) ?? []}
                          error={photos.errors.get(line.id) ?? null}
                          onChange={(files, problem) => photos.onChange(line.id, files, problem)}
                        />
                      </div>
                    ) : null}
                  </div>
                </td>
                <td className={`${cardTable.td} max-sm:before:content-none`}>
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
