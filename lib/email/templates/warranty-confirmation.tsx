import { ActionButton, DocumentLink, EmailLayout, Paragraph, type TEmailDefinition } from "./email-layout";

// Sent when a dealer files a warranty claim: its number and the claim as filed (PDF).
export type TWarrantyConfirmationData = {
  name: string;
  claimNumber: string;
  articleNumber: string;
  claimUrl: string;
  claimPdfUrl: string;
};

export const warrantyConfirmationEmail: TEmailDefinition<TWarrantyConfirmationData> = {
  subject: (t, data) => t("warrantyConfirmation.subject", { claimNumber: data.claimNumber }),
  Component: ({ t, language, data }) => {
    const intro = t("warrantyConfirmation.intro", {
      claimNumber: data.claimNumber,
      articleNumber: data.articleNumber,
    });
    return (
      <EmailLayout t={t} language={language} name={data.name} preview={intro}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("warrantyConfirmation.next")}</Paragraph>
        <DocumentLink href={data.claimPdfUrl} label={t("warrantyConfirmation.claimPdf")} />
        <Paragraph>{t("layout.loginNote")}</Paragraph>
        <ActionButton t={t} href={data.claimUrl} label={t("warrantyConfirmation.action")} />
      </EmailLayout>
    );
  },
};
