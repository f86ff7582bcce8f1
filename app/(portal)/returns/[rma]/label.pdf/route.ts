import { serveRmaPdf } from "@/lib/returns/rma-pdf-handler";

// GET /returns/<rma>/label.pdf – the return label, only for dealers shipping with the night carrier
export async function GET(_request: Request, { params }: { params: Promise<{ rma: string }> }) {
  return serveRmaPdf("label", (await params).rma);
}
