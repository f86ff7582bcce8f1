import "server-only";
import { revalidatePath } from "next/cache";

// A staff change shows at once on every staff page (the whole /staff tree) and on every
// dealer page it touches.
export const DEALER_PAGES = {
  returns: ["/returns", "/returns/new", "/"],
  warranty: ["/warranty", "/"],
  orders: ["/orders/open", "/"],
} as const;

export function revalidateStaffChange(...dealerPaths: ReadonlyArray<string>): void {
  revalidatePath("/staff", "layout");
  for (const path of new Set(dealerPaths)) revalidatePath(path);
}
