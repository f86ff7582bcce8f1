import { requireDealer } from "@/lib/auth/session";

// The bench's floor (issue 22): the portal's layout, signed in, with an empty body. It is a page
// only in the bench build (next.config.mjs takes `.bench.tsx` as a page extension when
// NEXT_BENCH_ROUTES=1), so `npm run bench` measures what the framework, the session and the layout
// cost on their own, beside every real page, in the same run.
export const dynamic = "force-dynamic";

export default async function BenchFloorPage() {
  await requireDealer();
  return <div data-testid="bench-floor" />;
}
