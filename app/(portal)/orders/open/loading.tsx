import { GridSkeleton } from "@/components/layout/grid-skeleton";

export default function Loading() {
  return <GridSkeleton />;
}
