"use client";
// After a client-side navigation to another page, focus moves to its result banner
// (data-focus-on-arrival) or its heading, so a screen reader announces where the user landed.
// The first load keeps the browser's own start (and the skip link); a grid's sort, search or page
// changes only the query, so focus stays in the grid. The new page may stream in after its
// loading skeleton, so the target is awaited (a few seconds at most).
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

const WAIT_MS = 5_000;

function arrivalTarget(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>("main [data-focus-on-arrival]") ??
    document.querySelector<HTMLElement>("main h1")
  );
}

function focusTarget(target: HTMLElement) {
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus();
}

export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const from = previous.current;
    previous.current = pathname;
    if (from === null || from === pathname) return;
    const now = arrivalTarget();
    if (now && !now.closest("[data-testid=grid-skeleton]")) return focusTarget(now);
    const main = document.querySelector("main");
    if (!main) return;
    const observer = new MutationObserver(() => {
      const target = arrivalTarget();
      if (!target) return;
      observer.disconnect();
      focusTarget(target);
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
  return null;
}
