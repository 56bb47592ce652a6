/** Thousands in groups of three, then perhaps decimals: "1.234.567,5". */
const grouped = (group: string, decimal?: string) =>
  new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+${decimal ? `(?:\\${decimal}\\d+)?` : ''}$`);

/**
 * A number as Danish, Norwegian and English spreadsheets and payroll exports write it: "12,5",
 * "12.5", "1 234,5", "1.234,5", "1,234.5", "-3". With both marks, the last is the decimal mark
 * and the other groups thousands; with one mark once, it is the decimal mark ("1.234" is 1.234,
 * as day-works with decimals are far more common in these files than grouped thousands); with
 * one mark several times, it groups thousands. Null when the text is not such a number.
 */
export function readDecimal(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const negative = /^[-\u2212]/.test(compact);
  const body = compact.replace(/^[-\u2212+]/, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return null;
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let plain: string | null = body;
  if (commas && dots) {
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    plain = grouped(group, decimal).test(body) ? body.split(group).join('').replace(decimal, '.') : null;
  } else if (commas + dots === 1) plain = body.replace(',', '.');
  else if (commas + dots > 1) {
    const group = commas ? ',' : '.';
    plain = grouped(group).test(body) ? body.split(group).join('') : null;
  }
  if (plain === null || !/^\d*\.?\d+$|^\d+\.$/.test(plain)) return null;
  const value = Number(plain);
  return negative ? -value : value;
}
