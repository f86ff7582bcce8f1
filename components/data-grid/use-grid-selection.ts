"use client";
// Row selection kept in sessionStorage, shared by every component that reads the same key.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseStoredIds, toggleId } from "@/lib/grid/selection";

const EMPTY: string[] = [];
const listeners = new Set<() => void>();
const snapshots = new Map<string, { raw: string | null; ids: string[] }>();

function readStorage(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function readIds(key: string): string[] {
  const raw = readStorage(key);
  const cached = snapshots.get(key);
  if (cached && cached.raw === raw) return cached.ids;
  const ids = parseStoredIds(raw);
  snapshots.set(key, { raw, ids });
  return ids;
}

function writeIds(key: string, ids: string[]) {
  const unique = [...new Set(ids)];
  try {
    window.sessionStorage.setItem(key, JSON.stringify(unique));
  } catch {
    // Storage full or blocked: the selection still holds for this page view.
  }
  snapshots.set(key, { raw: readStorage(key), ids: unique });
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useGridSelection(storageKey: string) {
  const ids = useSyncExternalStore(
    subscribe,
    () => readIds(storageKey),
    () => EMPTY,
  );
  const set = useCallback((next: string[]) => writeIds(storageKey, next), [storageKey]);
  const toggle = useCallback(
    (id: string) => writeIds(storageKey, toggleId(readIds(storageKey), id)),
    [storageKey],
  );
  const clear = useCallback(() => writeIds(storageKey, []), [storageKey]);
  return useMemo(() => ({ ids, set, toggle, clear }), [ids, set, toggle, clear]);
}
