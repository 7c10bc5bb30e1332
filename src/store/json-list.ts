// Lists of strings stored as JSON text, read leniently so one bad cell never breaks a page.

export function writeList(values: readonly string[]): string {
  return JSON.stringify(values);
}

export function readList(text: string | null): string[] {
  // Most stored lists are empty (phones, interests): no need to parse those.
  if (!text || text === '[]') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];
  } catch {
    return [];
  }
}
