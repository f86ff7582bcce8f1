import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";

// The public information pages (terms, warranty manual): readable before and after login.
export default async function InfoLayout({ children }: { children: React.ReactNode }) {
  const [t, ti] = await Promise.all([getTranslations("common"), getTranslations("info")]);
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            {t("appName")}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-6">
        {children}
        <p className="text-sm text-slate-600">{ti("printHint")}</p>
        <Link href="/" className="self-start text-sm text-brand-700 underline">
          {ti("back")}
        </Link>
      </main>
    </>
  );
}
