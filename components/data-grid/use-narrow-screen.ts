"use client";
// True below 640 px (phones), where the grid shows its rows as cards. The server and the first
// render follow the request (a phone's gets cards, lib/http/phone-hint.ts); the browser's width
// decides from then on. A wide table sits in its own scroll box, so nothing overflows meanwhile.
import { useSyncExternalStore } from "react";
import { usePhoneRequest } from "./grid-scope";

const QUERY = "(max-width: 639.98px)";

function subscribe(listener: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", listener);
  return () => media.removeEventListener("change", listener);
}

export function useNarrowScreen(): boolean {
  const phone = usePhoneRequest();
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => phone,
  );
}
