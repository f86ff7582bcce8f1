// Splits a CSV text into cells the way a spreadsheet program does when the user (or the locale)
// picks the separator: a quote opens a cell's quoted part, "" inside is a quote, and the
// separator or a line break outside quotes ends the cell. Used to prove that no export can start
// a formula cell, whichever separator the file is opened with.
export function spreadsheetCells(csv: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (char === separator || char === "\n" || (char === "\r" && csv[i + 1] === "\n")) {
      if (char === "\r") i++;
      cells.push(cell);
      cell = "";
      atCellStart = true;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  cells.push(cell);
  return cells;
}

/** A cell a spreadsheet would run as a formula (a number such as -1.165,50 is not one). */
export function isFormulaCell(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?[\d.,\s\u00a0\u202f]+$/.test(cell);
}
