import { InfoDocument, infoTitle } from "@/components/layout/info-document";

// GET /warranty-manual – how to file a warranty claim (the claim form's default manual link).
export async function generateMetadata() {
  return { title: await infoTitle("manual") };
}

export default function WarrantyManualPage() {
  return <InfoDocument name="manual" />;
}
