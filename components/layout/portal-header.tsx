import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";
import { LogOutButton } from "./log-out-button";

export type TNavItem = { href: string; label: string };
/** The one search box: a plain GET form, so it works before any script has loaded. */
export type THeaderSearch = {
  action: string;
  label: string;
  placeholder: string;
  submit: string;
  query?: string;
};

export async function PortalHeader({
  title,
  subtitle,
  nav,
  search,
}: {
  title: string;
  subtitle?: string;
  nav: TNavItem[];
  search?: THeaderSearch;
}) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-3 py-2 sm:px-6 sm:py-3">
        <div>
          <Link href={nav[0]?.href ?? "/"} className="text-lg font-semibold text-brand-800">
            {title}
          </Link>
          {subtitle ? <p className="text-xs text-slate-600">{subtitle}</p> : null}
        </div>
        {search ? (
          <search className="order-last w-full md:order-none md:w-auto md:max-w-md md:flex-1">
            <form action={search.action} method="get" className="flex gap-2">
              <label htmlFor="header-search" className="sr-only">
                {search.label}
              </label>
              <input
                id="header-search"
                name="q"
                type="search"
                defaultValue={search.query}
                placeholder={search.placeholder}
                maxLength={60}
                autoComplete="off"
                className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-1.5 text-sm"
              />
              <button
                type="submit"
                className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
              >
                {search.submit}
              </button>
            </form>
          </search>
        ) : null}
        <div className="flex items-center gap-4">
          <LanguageSwitch />
          <LogOutButton label={t("logout")} />
        </div>
      </div>
      {/* Note: on phones the sections form one row that scrolls sideways inside itself. */}
      <nav aria-label={t("mainNavigation")} className="mx-auto max-w-screen-2xl px-3 sm:px-6">
        <ul className="flex gap-1 overflow-x-auto text-sm sm:flex-wrap">
          {nav.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="inline-block rounded-t px-3 py-2 whitespace-nowrap text-slate-700 hover:bg-brand-50 hover:text-brand-800"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
