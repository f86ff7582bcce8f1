import { ActionButton, DocumentLink, EmailLayout, Paragraph, type TEmailDefinition } from "./email-layout";

// Sent when a dealer submits a return request: its number and links to its documents.
export type TRmaConfirmationData = {
  name: string;
  rmaNumber: string;
  lineCount: number;
  statusUrl: string;
  formPdfUrl: string;
  labelPdfUrl?: string;
};

export const rmaConfirmationEmail: TEmailDefinition<TRmaConfirmationData> = {
  subject: (t, data) => t("rmaConfirmation.subject", { rmaNumber: data.rmaNumber }),
  Component: ({ t, language, data }) => {
    const intro = t("rmaConfirmation.intro", { rmaNumber: data.rmaNumber, lineCount: data.lineCount });
    return (
      <EmailLayout t={t} language={language} name={data.name} preview={intro}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("rmaConfirmation.instructions")}</Paragraph>
        {data.labelPdfUrl ? <Paragraph>{t("rmaConfirmation.labelInstructions")}</Paragraph> : null}
        <Paragraph>
          <strong>{t("rmaConfirmation.documents")}</strong>
        </Paragraph>
        <DocumentLink href={data.formPdfUrl} label={t("rmaConfirmation.formPdf")} />
        {data.labelPdfUrl ? (
          <DocumentLink href={data.labelPdfUrl} label={t("rmaConfirmation.labelPdf")} />
        ) : null}
        <Paragraph>{t("layout.loginNote")}</Paragraph>
        <ActionButton t={t} href={data.statusUrl} label={t("rmaConfirmation.action")} />
      </EmailLayout>
    );
  },
};
