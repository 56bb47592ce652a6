/** Column 1 is A, 26 is Z, 27 is AA, 16,384 (the last Excel has) is XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The column a reference like "XFD12" or "$B$3" is in; 0 when it names none. */
export function columnOfReference(reference: string): number {
  let column = 0;
  for (const c of reference.replace(/^\$/, '')) {
    const code = c.charCodeAt(0) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}
