import type { TLocale } from "@/lib/i18n/locales";

// A staff-managed return reason in the reader's language.
export type TReasonLabels = { labelNl: string; labelFr: string; labelEn: string; labelDe: string };

const FIELD: Record<TLocale, keyof TReasonLabels> = {
  nl: "labelNl",
  fr: "labelFr",
  en: "labelEn",
  de: "labelDe",
};

export function reasonLabel(reason: TReasonLabels, locale: TLocale): string {
  return reason[FIELD[locale]] || reason.labelNl;
}
