import type { ExportTable } from '../exports/export-table';
import type { ExistingUnit } from './org-import-plan';
import { ORG_CSV_COLUMNS } from './org-csv-rows';

const MAX_CODE = 40;

/** "Børnehuset Solsikken" → "Børnehuset-Solsikken": a code made of what a code may hold. */
const codeFrom = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}._\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_CODE) || 'unit';

/**
 * The tree as an import file, to edit and import again: every unit below the municipality, parents
 * first. A unit without a code gets a suggested one (a class's starts with its school's): imported
 * unchanged, the file gives each such unit its code, matched by name, kind and parent.
 */
export function orgCsvTemplate(units: ExistingUnit[]): ExportTable {
  const taken = new Set(units.flatMap((u) => (u.code ? [u.code] : [])));
  const codeOf = new Map<string, string>();
  const unique = (wanted: string) => {
    let code = wanted;
    for (let n = 2; taken.has(code); n++) code = `${wanted.slice(0, MAX_CODE - 1 - String(n).length)}-${n}`;
    taken.add(code);
    return code;
  };
  const rows = units
    .filter((u) => u.kind !== 'municipality')
    .map((unit) => {
      const parentCode = unit.parentId ? codeOf.get(unit.parentId) : undefined;
      const suggested = unit.kind === 'group' && parentCode ? `${parentCode}-${unit.name}` : unit.name;
      const code = unit.code ?? unique(codeFrom(suggested));
      codeOf.set(unit.id, code);
      const number = (n: number | null) => (n === null ? '' : String(n));
      return [
        code,
        unit.name,
        unit.kind,
        parentCode ?? '',
        number(unit.grade),
        number(unit.population),
        number(unit.families),
        number(unit.employees),
      ];
    });
  return { title: 'Organisation', headers: [...ORG_CSV_COLUMNS], rows };
}
