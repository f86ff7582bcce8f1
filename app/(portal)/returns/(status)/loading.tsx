import { GridSkeleton } from "@/components/layout/grid-skeleton";

// In a route group of its own: a loading boundary above /returns/[rma] would start that page's
// answer before its notFound(), turning another company's RMA into a 200 instead of a 404.
export default function Loading() {
  return <GridSkeleton />;
}
