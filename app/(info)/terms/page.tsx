import { InfoDocument, infoTitle } from "@/components/layout/info-document";

// GET /terms – the return terms a dealer accepts on the confirmation (the default terms link).
export async function generateMetadata() {
  return { title: await infoTitle("terms") };
}

export default function TermsPage() {
  return <InfoDocument name="terms" />;
}
