import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";

// The 404 of every page route, in the user's language, with the portal's look and a way back.
export async function generateMetadata() {
  const t = await getTranslations("common");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col items-center justify-center gap-6 p-6">
      <div className="flex w-full max-w-md items-center justify-between">
        <Link href="/" className="text-lg font-semibold text-brand-800">
          {t("appName")}
        </Link>
        <LanguageSwitch />
      </div>
      <main
        id="main"
        className="flex w-full max-w-md flex-col gap-4 rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
      >
        <p className="text-sm font-semibold text-brand-700" aria-hidden="true">
          404
        </p>
        <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
        <p>{t("notFoundText")}</p>
        <Link
          href="/"
          className="self-start rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("backHome")}
        </Link>
      </main>
    </div>
  );
}
