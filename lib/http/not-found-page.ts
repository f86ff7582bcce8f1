import "server-only";
import { createTranslator } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";
import de from "@/lib/i18n/messages/de/common.json";
import en from "@/lib/i18n/messages/en/common.json";
import fr from "@/lib/i18n/messages/fr/common.json";
import nl from "@/lib/i18n/messages/nl/common.json";

// The 404 of a file route (PDF, CSV, document) for a browser: the same words and look as the pages'
// app/not-found.tsx, in the user's language, as one self-contained HTML page (a route handler
// renders no React tree). It names nothing of the asked-for file, so another tenant's id reveals nothing.
const COMMON = { nl, fr, en, de } as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  *{box-sizing:border-box}
  body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;
    gap:1.5rem;padding:1.5rem;background:#f8fafc;color:#0f172a;
    font-family:ui-sans-serif,system-ui,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}
  header,main{width:100%;max-width:28rem}
  header a{font-size:1.125rem;font-weight:600;color:#123b60;text-decoration:none}
  main{display:flex;flex-direction:column;gap:1rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;
    border-radius:.5rem;box-shadow:0 1px 2px rgb(0 0 0 / .05)}
  .code{margin:0;font-size:.875rem;font-weight:600;color:#174c7b}
  h1{margin:0;font-size:1.5rem;font-weight:600}
  p{margin:0}
  .home{align-self:flex-start;padding:.5rem 1rem;border-radius:.25rem;background:#1d5f99;color:#fff;
    font-size:.875rem;font-weight:500;text-decoration:none}
  .home:hover{background:#174c7b}
  a:focus-visible{outline:3px solid #1d5f99;outline-offset:2px}`;

/** A styled, translated "not found" page. */
export function notFoundPage(locale: TLocale): string {
  const t = createTranslator({ locale, messages: { common: COMMON[locale] }, namespace: "common" });
  const text = (key: "appName" | "notFoundTitle" | "notFoundText" | "backHome") => escapeHtml(t(key));
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${text("notFoundTitle")} | ${text("appName")}</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">${text("appName")}</a></header>
<main id="main">
<p class="code" aria-hidden="true">404</p>
<h1>${text("notFoundTitle")}</h1>
<p>${text("notFoundText")}</p>
<a class="home" href="/">${text("backHome")}</a>
</main>
</body>
</html>`;
}
