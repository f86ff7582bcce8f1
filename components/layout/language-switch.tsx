"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { chooseLanguage } from "@/lib/auth/actions";
import { LOCALES } from "@/lib/i18n/locales";

const NAMES = { nl: "Nederlands", fr: "Français", en: "English", de: "Deutsch" } as const;

export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{t("language")}</span>
      <select
        value={locale}
        disabled={pending}
        className="rounded border border-slate-400 bg-white px-2 py-1"
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await chooseLanguage(next);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
