// Lays text out in aligned columns for the terminal, one row per line.

/** Lays rows out in columns two spaces apart; long cells end in "…" so each row stays one line. */
export function renderTable(rows: string[][], maxWidths: number[] = []): string[] {
  const clipped = rows.map((row) => row.map((cell, i) => clip(cell, maxWidths[i] ?? 60)));
  const widths: number[] = [];
  for (const row of clipped) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, width(cell));
  }
  return clipped.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

function width(text: string): number {
  return [...text].length;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
