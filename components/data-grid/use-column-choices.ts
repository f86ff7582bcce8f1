"use client";
// The column chooser's choices, kept per user and grid in localStorage (a dealer's desk keeps
// its columns across visits; another user signing in on the same browser gets their own).
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseColumnChoices, type TColumnChoices } from "./column-priority";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function useColumnChoices(storageKey: string) {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(storageKey),
    () => null,
  );
  const choices = useMemo(() => parseColumnChoices(raw), [raw]);
  const write = useCallback(
    (next: TColumnChoices) => {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage blocked: the grid keeps its default columns.
      }
      for (const listener of listeners) listener();
    },
    [storageKey],
  );
  const choose = useCallback(
    (id: string, shown: boolean) => write({ ...choices, [id]: shown }),
    [choices, write],
  );
  const reset = useCallback(() => write({}), [write]);
  return { choices, choose, reset };
}
