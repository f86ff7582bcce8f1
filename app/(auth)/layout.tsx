import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col items-center justify-center gap-6 p-6">
      <div className="flex w-full max-w-md items-center justify-between">
        <p className="text-lg font-semibold text-brand-800">{t("appName")}</p>
        <LanguageSwitch />
      </div>
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        {children}
      </main>
    </div>
  );
}
