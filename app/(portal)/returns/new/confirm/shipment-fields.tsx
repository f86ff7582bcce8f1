"use client";
import { useLocale, useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { TLocale } from "@/lib/i18n/locales";
import { parseLocaleDecimal, parseLocaleInteger } from "@/lib/numbers/locale-number";
import { MAX_PARCELS, type TReturnRequest } from "@/lib/returns/schema";

type TShipmentField = "parcelCount" | "weightKg";

// The shipment on the confirmation step: how many parcels (a label each) and their weight,
// both typed in the dealer's own number format ("1.250,5" in Dutch, "1,250.5" in English).
export function ShipmentFields({
  form,
  message,
}: {
  form: UseFormReturn<TReturnRequest>;
  message: (text?: string) => string | undefined;
}) {
  const tr = useTranslations("rma");
  const locale = useLocale() as TLocale;
  const { register, formState } = form;
  const numberField = (
    name: TShipmentField,
    texts: { label: string; hint: string },
    input: { decimals: boolean; maxLength: number; width: string },
  ) => (
    <Field id={name} label={texts.label} hint={texts.hint} error={message(formState.errors[name]?.message)}>
      <input
        id={name}
        type="text"
        inputMode={input.decimals ? "decimal" : "numeric"}
        autoComplete="off"
        maxLength={input.maxLength}
        className={`${inputClass} ${input.width}`}
        aria-invalid={Boolean(formState.errors[name])}
        {...register(name, {
          setValueAs: (v: unknown) => {
            const text = String(v ?? "").trim();
            if (!input.decimals) return parseLocaleInteger(text, locale) ?? Number.NaN;
            if (!text) return null; // the weight is optional
            const parsed = parseLocaleDecimal(text, locale);
            return parsed === null ? Number.NaN : Number(parsed);
          },
        })}
      />
    </Field>
  );
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2 md:max-w-xl">
      <legend className="mb-1 text-sm font-semibold">{tr("confirm.shipment")}</legend>
      {numberField(
        "parcelCount",
        { label: tr("confirm.parcels"), hint: tr("confirm.parcelsHint") },
        { decimals: false, maxLength: String(MAX_PARCELS).length + 1, width: "w-24" },
      )}
      {numberField(
        "weightKg",
        { label: tr("confirm.weight"), hint: tr("confirm.weightHint") },
        { decimals: true, maxLength: 12, width: "w-32" },
      )}
    </fieldset>
  );
}
