// A table whose rows become cards below 640 px: each cell stacks under its column's name, taken
// from the cell's `data-label`. Used by the RMA page's lines and the return confirmation's lines.
// Note: `relative` on the wrapper keeps screen-reader-only texts inside it (they widened the page).
export const cardTable = {
  wrapper: "relative overflow-x-auto rounded border border-slate-300 max-sm:border-0",
  table: "w-full border-collapse bg-white text-sm max-sm:block max-sm:bg-transparent",
  thead: "bg-slate-100 max-sm:sr-only",
  tbody: "max-sm:flex max-sm:flex-col max-sm:gap-2",
  row: "border-t border-slate-200 align-top max-sm:block max-sm:rounded max-sm:border max-sm:border-slate-300 max-sm:bg-white max-sm:py-2",
  th: "px-2 py-2 text-left text-xs leading-tight font-semibold",
  td:
    "px-2 py-1 sm:py-2 max-sm:grid max-sm:grid-cols-[9rem_minmax(0,1fr)] max-sm:gap-2 max-sm:text-left " +
    "max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)] max-sm:before:[overflow-wrap:anywhere] " +
    "max-sm:before:whitespace-normal",
} as const;
