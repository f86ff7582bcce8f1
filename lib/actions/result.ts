// The result every server action returns: success with data, or an expected failure with a
// message already translated into the user's language.
export type TActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };
