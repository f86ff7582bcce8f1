"use client";
// Applies grid changes to the URL with router.replace, keeping the page's other params.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";
import { applyGridPatch, type TGridPatch } from "@/lib/grid/url";

export function useGridUrl(prefix = "") {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  // A debounced filter fires later; it must build on the URL as it is then, not as it was.
  const latest = useRef(searchParams.toString());
  useEffect(() => {
    latest.current = searchParams.toString();
  }, [searchParams]);

  const update = useCallback(
    (patch: TGridPatch) => {
      const query = applyGridPatch(latest.current, patch, prefix).toString();
      latest.current = query;
      startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    },
    [pathname, prefix, router],
  );
  return { update, pending, searchParams };
}
