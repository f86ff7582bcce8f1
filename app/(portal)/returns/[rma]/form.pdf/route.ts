import { serveRmaPdf } from "@/lib/returns/rma-pdf-handler";

// GET /returns/<rma>/form.pdf – the RMA form of one of the dealer's RMAs
export async function GET(_request: Request, { params }: { params: Promise<{ rma: string }> }) {
  return serveRmaPdf("form", (await params).rma);
}
