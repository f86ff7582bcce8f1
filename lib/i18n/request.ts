import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { BUSINESS_TIME_ZONE } from "@/lib/dates";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type TLocale } from "./locales";
import { loadMessages } from "./messages";

// The user's language: the one they chose (cookie, set at login from their profile and by the
// language switch), else the browser's, else Dutch.
export async function resolveLocale(): Promise<TLocale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: BUSINESS_TIME_ZONE };
});
