import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";
import { LogOutButton } from "./log-out-button";

export type TNavItem = { href: string; label: string };

export async function PortalHeader({ title, subtitle, nav }: { title: string; subtitle?: string; nav: TNavItem[] }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-4 px-6 py-3">
        <div>
          <Link href={nav[0]?.href ?? "/"} className="text-lg font-semibold text-brand-800">{title}</Link>
          {subtitle ? <p className="text-xs text-slate-600">{subtitle}</p> : null}
        </div>
        <div className="flex items-center gap-4">
          <LanguageSwitch />
          <LogOutButton label={t("logout")} />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="mx-auto max-w-screen-2xl px-6">
        <ul className="flex flex-wrap gap-1 text-sm">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-block rounded-t px-3 py-2 text-slate-700 hover:bg-brand-50 hover:text-brand-800">{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
