// Lists typed as one comma-separated line: "Product Analyst, Data Engineer" ⇄ ['Product Analyst', 'Data Engineer'].

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
