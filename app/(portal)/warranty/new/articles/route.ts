import { requireDealer } from "@/lib/auth/session";
import { searchDeliveredArticles } from "@/lib/warranty/queries";

// GET /warranty/new/articles?q= – at most 20 of the dealer's own delivered lines for the claim form's article picker
export async function GET(request: Request) {
  const dealer = await requireDealer();
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const lines = await searchDeliveredArticles(dealer.customerId, q);
  return Response.json(lines, { headers: { "Cache-Control": "private, no-store" } });
}
