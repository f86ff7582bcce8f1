"use client";
// True below 640 px (phones), where the grid shows its rows as cards. The server and the first
// render assume a wide screen; the table then sits in its own scroll box, so nothing overflows.
import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 639.98px)";

function subscribe(listener: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", listener);
  return () => media.removeEventListener("change", listener);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
