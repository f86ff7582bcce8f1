"use client";
// After a client-side navigation to another page, focus moves to its result banner
// (data-focus-on-arrival) or its heading, so a screen reader announces where the user landed.
// The first load keeps the browser's own start (and the skip link); a grid's sort, search or page
// changes only the query, so focus stays in the grid.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>("main [data-focus-on-arrival]") ?? document.querySelector<HTMLElement>("main h1");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }, [pathname]);
  return null;
}
