import { dealerFile } from "@/lib/http/file-route";
import { rmaPdfFile } from "@/lib/returns/rma-pdf-file";

// GET /returns/<rma>/label.pdf – the return label, only for dealers shipping with the night carrier
export const GET = dealerFile<{ rma: string }>(({ dealer, params, locale }) =>
  rmaPdfFile("label", params.rma, dealer.customerId, locale),
);
