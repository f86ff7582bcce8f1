/**
 * Paths of the strings in the input that PostgreSQL can't store: NUL characters and unpaired
 * surrogates (text refuses NUL, jsonb refuses both). Refused up front, so no schema can forget it.
 */
export function unstorablePaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes("\u0000") || !value.isWellFormed()) found.push(path.join(".") || "_form");
  } else if (value instanceof FormData) {
    for (const [key, entry] of value.entries()) unstorablePaths(entry, [...path, key], found);
  } else if (
    value &&
    typeof value === "object" &&
    path.length < 20 &&
    (Array.isArray(value) || isPlainObject(value))
  ) {
    for (const [key, child] of Object.entries(value)) unstorablePaths(child, [...path, key], found);
  }
  return found;
}

function isPlainObject(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype;
}
