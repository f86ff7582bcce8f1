// Pure helpers behind the grid's row selection (kept in sessionStorage across pages and filters).

/** The stored selection, or none when the stored text is missing or not a list of ids. */
export function parseStoredIds(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function toggleId(selected: string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

/** Adds or removes the ids of one page, keeping the selection made on other pages. */
export function setPageSelection(selected: string[], pageIds: string[], checked: boolean): string[] {
  if (!checked) return selected.filter((id) => !pageIds.includes(id));
  return addIds(selected, pageIds);
}

export function addIds(selected: string[], ids: string[]): string[] {
  const present = new Set(selected);
  return [...selected, ...ids.filter((id) => !present.has(id) && present.add(id))];
}

/** The `{ ids }` answer of a grid's "all ids of this filter" endpoint, or null when it is not one. */
export function readIdsResponse(body: unknown): string[] | null {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { ids?: unknown }).ids))
    return null;
  return (body as { ids: unknown[] }).ids.filter((id): id is string => typeof id === "string");
}
