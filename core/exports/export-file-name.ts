// Letters NFKD does not split into a base letter and a mark.
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss', đ: 'd', ł: 'l' };

/**
 * "Mål", "Skolen i Åbyhøj", "2026-05-01" → "maal-skolen-i-aabyhoej-2026-05-01.csv": plain ASCII,
 * so the name survives every browser, mail client and file system it is saved to.
 */
export function exportFileName(parts: string[], extension: 'csv' | 'xlsx'): string {
  const words = parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[æøåßđł]/g, (c) => SPELLED_OUT[c]!)
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((word) => word.length > 0);
  const stem = words.join('-').slice(0, 100).replace(/-+$/, '');
  return `${stem || 'export'}.${extension}`;
}
