type Row = [code: string, name: string, kind: string, parentCode: string, grade: string, population: string];

const HEADINGS = {
  en: ['code', 'name', 'kind', 'parent_code', 'grade', 'population'],
  da: ['kode', 'navn', 'type', 'overordnet_kode', 'klassetrin', 'antal'],
  nb: ['kode', 'navn', 'type', 'overordnet', 'klassetrinn', 'antall'],
};

/**
 * An organisation CSV as a spreadsheet writes it, Danish by default (BOM, ';', CRLF):
 * `anOrganisationCsv().area('BU', 'Børn og Unge').institution('NORD', 'Nordskolen', 'BU').text()`.
 */
export function anOrganisationCsv() {
  let headings = HEADINGS.da;
  let separator = ';';
  const rows: Row[] = [];
  const builder = {
    inEnglish() {
      headings = HEADINGS.en;
      separator = ',';
      return builder;
    },
    inNorwegian() {
      headings = HEADINGS.nb;
      return builder;
    },
    area(code: string, name: string) {
      rows.push([code, name, 'område', '', '', '']);
      return builder;
    },
    institution(code: string, name: string, parentCode: string) {
      rows.push([code, name, 'institution', parentCode, '', '']);
      return builder;
    },
    group(code: string, name: string, parentCode: string, grade?: number, population?: number) {
      rows.push([code, name, 'klasse', parentCode, String(grade ?? ''), String(population ?? '')]);
      return builder;
    },
    /** Any row as it is, to make one wrong. */
    row(...cells: Row) {
      rows.push(cells);
      return builder;
    },
    text(): string {
      const line = (cells: string[]) => cells.join(separator);
      return `\uFEFF${[line(headings), ...rows.map(line)].join('\r\n')}\r\n`;
    },
  };
  return builder;
}
