import { dealerFile } from "@/lib/http/file-route";
import { rmaPdfFile } from "@/lib/returns/rma-pdf-file";

// GET /returns/<rma>/form.pdf – the RMA form of one of the dealer's RMAs
export const GET = dealerFile<{ rma: string }>(({ dealer, params, locale }) =>
  rmaPdfFile("form", params.rma, dealer.customerId, locale),
);
