import "server-only";
import { render } from "@react-email/components";
import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import { createTranslator } from "next-intl";
import { createElement } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { TEmailDefinition, TTranslate } from "./templates/email-layout";
import { invitationEmail, type TInvitationData } from "./templates/invitation";
import { passwordResetEmail, type TPasswordResetData } from "./templates/password-reset";
import { rmaConfirmationEmail, type TRmaConfirmationData } from "./templates/rma-confirmation";
import { rmaStatusEmail, type TRmaStatusData } from "./templates/rma-status";
import { type TWarrantyConfirmationData, warrantyConfirmationEmail } from "./templates/warranty-confirmation";
import { type TWarrantyStatusData, warrantyStatusEmail } from "./templates/warranty-status";

// Renders a portal mail in the recipient's language: subject, HTML and a plain-text part.
export type TEmailData = {
  invitation: TInvitationData;
  "password-reset": TPasswordResetData;
  "rma-confirmation": TRmaConfirmationData;
  "rma-status": TRmaStatusData;
  "warranty-confirmation": TWarrantyConfirmationData;
  "warranty-status": TWarrantyStatusData;
};
export type TEmailTemplate = keyof TEmailData;
export type TRenderedEmail = { subject: string; html: string; text: string };

const TEMPLATES: { [K in TEmailTemplate]: TEmailDefinition<TEmailData[K]> } = {
  invitation: invitationEmail,
  "password-reset": passwordResetEmail,
  "rma-confirmation": rmaConfirmationEmail,
  "rma-status": rmaStatusEmail,
  "warranty-confirmation": warrantyConfirmationEmail,
  "warranty-status": warrantyStatusEmail,
};

// The plain-text part is the HTML part converted as react-email's render({ plainText: true })
// converts it (its own selectors), with the converter compiled once rather than per mail, and the
// mail rendered once rather than twice.
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

export async function renderEmail<K extends TEmailTemplate>(
  template: K,
  language: TLocale,
  data: TEmailData[K],
): Promise<TRenderedEmail> {
  const translate = createTranslator({
    locale: language,
    messages: await loadMessages(language),
    namespace: "email",
  });
  const t: TTranslate = (key, values) => translate(key, values);
  const definition = TEMPLATES[template];
  const element = createElement(definition.Component, { t, language, data });
  const html = await render(element);
  return { subject: definition.subject(t, data), html, text: toPlainText(html) };
}
