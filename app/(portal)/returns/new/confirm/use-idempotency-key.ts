"use client";
import { useCallback, useEffect, useState } from "react";

// One submission key per confirmation of the same lines, kept in sessionStorage so a reload or a
// retry after a network error sends the same key (and the server answers with the same RMA).
const STORAGE_KEY = "returns.confirm.key";

export function useIdempotencyKey(scope: string): [string | null, () => void] {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    let stored: { scope: string; key: string } | null = null;
    try {
      stored = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? "null");
    } catch {
      stored = null;
    }
    const next = stored?.scope === scope && stored.key ? stored.key : newKey();
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ scope, key: next }));
    } catch {
      // Storage blocked: the key still holds for this page view.
    }
    setKey(next);
  }, [scope]);
  const forget = useCallback(() => {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
  }, []);
  return [key, forget];
}

function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Note: randomUUID needs a secure context; plain http on a LAN still gets 128 random bits.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}
