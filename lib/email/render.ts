import "server-only";
import { createTranslator } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// Renders a mail in the recipient's language. (First version: plain text and simple HTML;
// the react-email templates replace this.)
export type TEmailData = {
  invitation: { name: string; url: string; customerName: string };
  "password-reset": { name: string; url: string };
};
export type TEmailTemplate = keyof TEmailData;

export async function renderEmail<K extends TEmailTemplate>(template: K, language: TLocale, data: TEmailData[K]) {
  const t = createTranslator({ locale: language, messages: await loadMessages(language), namespace: "email" });
  const key = template === "invitation" ? "invitation" : "passwordReset";
  const subject = t(`${key}.subject` as never);
  const text = t(`${key}.body` as never, data as never);
  const html = `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
