import { csvDialectOf, csvText } from '../../../core/exports/csv-text';
import { planOrgImport } from '../../../core/org/org-csv';
import { orgCsvTemplate } from '../../../core/org/org-csv-template';
import type { ExistingUnit } from '../../../core/org/org-import-plan';

const BOM = '\uFEFF';
const unit = (u: Partial<ExistingUnit> & Pick<ExistingUnit, 'id' | 'kind' | 'name'>): ExistingUnit => ({
  parentId: null,
  code: null,
  grade: null,
  population: null,
  families: null,
  employees: null,
  ...u,
});

/** Demo-like tree: the municipality, one area without a code, a school with a code and one class. */
const root = unit({ id: 'root', kind: 'municipality', name: 'Test Kommune' });
const area = unit({ id: 'area', parentId: 'root', kind: 'area', name: 'Børn og Unge' });
const school = unit({ id: 'nord', parentId: 'area', kind: 'institution', name: 'Nordskolen', code: 'NORD' });
const class1 = unit({ id: 'n1a', parentId: 'nord', kind: 'group', name: '1.A', code: 'NORD-1A', grade: 1 });
const care = unit({ id: 'care', parentId: 'root', kind: 'area', name: 'Omsorg', code: 'OMS' });
const TREE = [root, area, school, class1, care];

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

describe('planOrgImport: reading the file', () => {
  it('when the file is Danish (BOM, semicolons, Danish headings and kinds), then the rows are read with æ, ø, å intact', () => {
    const plan = planOrgImport(
      BOM +
        csv(
          'kode;navn;type;overordnet_kode;klassetrin;antal',
          'BU;Børn og Unge;område;;;',
          'SØ;Søndervangskolen;institution;BU;;',
          'SØ-0A;0.A;klasse;SØ;0;22',
        ),
      [root],
    );
    expect(plan.issues).toEqual([]);
    expect(plan.creates.map((c) => [c.line, c.code, c.name, c.kind, c.grade, c.population])).toEqual([
      [2, 'BU', 'Børn og Unge', 'area', null, null],
      [3, 'SØ', 'Søndervangskolen', 'institution', null, null],
      [4, 'SØ-0A', '0.A', 'group', 0, 22],
    ]);
    expect(plan.creates[0]!.parent).toEqual({ unitId: 'root' });
    expect(plan.creates[1]!.parent).toEqual({ code: 'BU' });
  });

  it('when the file is Norwegian with commas and a quoted name, then it is read the same way', () => {
    const plan = planOrgImport(
      csv(
        'kode,navn,type,overordnet',
        'OPP,"Oppvekst, skole og barnehage",område,',
        'HAU,Haugen skole,institusjon,OPP',
      ),
      [root],
    );
    expect(plan.issues).toEqual([]);
    expect(plan.creates.map((c) => c.name)).toEqual(['Oppvekst, skole og barnehage', 'Haugen skole']);
  });

  it('when a child comes before its parent in the file, then the parent is still created first', () => {
    const plan = planOrgImport(
      csv('code,name,kind,parent_code', 'C,3.A,group,S', 'S,Skolen,institution,A', 'A,Area,area,'),
      [root],
    );
    expect(plan.creates.map((c) => c.code)).toEqual(['A', 'S', 'C']);
  });

  it.each([
    // text, what is wrong
    { text: '', field: '(file)', message: 'the file is empty' },
    { text: csv('code;name;kind'), field: '(file)', message: 'there are no units below the header' },
    { text: csv('code;name', 'A;B'), field: 'kind', message: 'the column is missing' },
    {
      text: csv('code;name;kind;colour', 'A;B;area;red'),
      field: 'colour',
      message:
        'unknown column; the columns are code, name, kind, parent_code, grade, population, families, employees',
    },
    { text: csv('code;name;kind;navn', 'A;B;area;C'), field: 'navn', message: 'the same column as "name"' },
  ])(
    'when the header is wrong ($field), then that is the only issue and line 1 names it',
    ({ text, field, message }) => {
      const plan = planOrgImport(text, TREE);
      expect(plan.issues).toEqual([{ line: 1, field, message }]);
      expect(plan.creates).toEqual([]);
    },
  );
});

describe('planOrgImport: row by row issues', () => {
  const header = 'kode;navn;type;overordnet_kode;klassetrin;antal';
  const issuesOf = (...rows: string[]) => planOrgImport(csv(header, ...rows), TREE).issues;

  it.each([
    { row: 'X;;institution;OMS;;', field: 'navn', message: 'give the unit a name' },
    { row: ';Skolen;institution;OMS;;', field: 'kode', message: 'give the unit a code' },
    {
      row: 'X Y;Skolen;institution;OMS;;',
      field: 'kode',
      message: 'use letters, digits and . _ - / only (no spaces)',
    },
    {
      row: 'X;Skolen;skole;OMS;;',
      field: 'type',
      message: 'must be area, institution or group (område, institution/institusjon, gruppe/klasse)',
    },
    { row: 'X;2.A;group;NORD;2,5;', field: 'klassetrin', message: 'must be a whole number' },
    { row: 'X;2.A;group;NORD;14;', field: 'klassetrin', message: 'must be at most 13' },
    { row: 'X;2.A;group;NORD;2;mange', field: 'antal', message: 'must be a whole number' },
    { row: 'X;2.A;group;NORD;2;-3', field: 'antal', message: 'must be at least 0' },
    {
      row: 'X;Skolen;institution;NOPE;;',
      field: 'overordnet_kode',
      message: 'no unit has the code NOPE, in the file or in the organisation',
    },
    {
      row: 'X;Skolen;institution;;;',
      field: 'type',
      message:
        'an institution cannot be under Test Kommune: only an area goes under a municipality; give it a overordnet_kode',
    },
    {
      row: 'X;3.B;group;OMS;;',
      field: 'type',
      message: 'a group cannot be under Omsorg (OMS): only an institution goes under an area',
    },
    {
      row: 'X;Lille;group;NORD-1A;;',
      field: 'type',
      message: 'a group cannot be under 1.A (NORD-1A): nothing goes under a group',
    },
    {
      row: 'K;Kommunen;kommune;;;',
      field: 'type',
      message:
        'the municipality itself is not imported; put areas directly under it with an empty overordnet_kode',
    },
    {
      row: 'NORD;Nordskolen;institution;OMS;;',
      field: 'overordnet_kode',
      message:
        'NORD is under Børn og Unge; an import does not move units (figures already computed for both parents count it where it is)',
    },
    {
      row: 'NORD;Nordskolen;area;;;',
      field: 'type',
      message: "NORD is an institution in the organisation; an import does not change a unit's kind",
    },
    {
      row: 'X;A;group;NORD;1;2;3',
      field: '(row)',
      message: 'has 7 fields but the header has 6; quote names with ";" in them',
    },
  ])('when the row is "$row", then line 2 says $field: $message', ({ row, field, message }) => {
    expect(issuesOf(row)).toEqual([{ line: 2, field, message }]);
  });

  it('when a code is on two rows, then the second row is named with the line of the first', () => {
    expect(issuesOf('S1;Skole 1;institution;OMS;;', 'S1;Skole 2;institution;OMS;;')).toEqual([
      { line: 3, field: 'kode', message: 'the code S1 is also on line 2' },
    ]);
  });

  it('when rows are each other’s parents, then every row of the cycle is named', () => {
    expect(issuesOf('A;A;group;B;;', 'B;B;group;C;;', 'C;C;group;A;;', 'D;D;group;D;;')).toEqual([
      { line: 2, field: 'overordnet_kode', message: 'the parents form a cycle: A → B → C → A' },
      { line: 3, field: 'overordnet_kode', message: 'the parents form a cycle: A → B → C → A' },
      { line: 4, field: 'overordnet_kode', message: 'the parents form a cycle: A → B → C → A' },
      { line: 5, field: 'overordnet_kode', message: 'the parents form a cycle: D → D' },
    ]);
  });

  it('when a parent row is itself wrong, then only the parent is reported, not its children', () => {
    expect(issuesOf('S;;institution;OMS;;', 'S-1;1.A;group;S;1;')).toEqual([
      { line: 2, field: 'navn', message: 'give the unit a name' },
    ]);
  });

  it('when one row of many is wrong, then nothing is planned (all or nothing)', () => {
    const plan = planOrgImport(csv(header, 'S;Skolen;institution;OMS;;', 'S-1;1.A;group;S;x;'), TREE);
    expect(plan.issues).toHaveLength(1);
    expect(plan).toMatchObject({ creates: [], updates: [], unchanged: 0 });
  });

  it('when a quoted name spans two lines, then later rows keep their own line numbers', () => {
    expect(issuesOf('"S";"Skolen\nmed to linjer";institution;OMS;;', 'T;;institution;OMS;;')).toEqual([
      { line: 4, field: 'navn', message: 'give the unit a name' },
    ]);
  });
});

describe('planOrgImport: matching units that exist', () => {
  const header = 'code,name,kind,parent_code,grade,population';

  it('when a row has the code of a unit, then only what differs is updated and empty cells keep values', () => {
    const plan = planOrgImport(csv(header, 'NORD-1A,1.A Nord,group,NORD,,24'), TREE);
    expect(plan.issues).toEqual([]);
    // The grade cell is empty: grade 1 is kept, not cleared.
    expect(plan.updates).toEqual([
      { line: 2, unitId: 'n1a', code: 'NORD-1A', name: '1.A', changes: { name: '1.A Nord', population: 24 } },
    ]);
    expect(plan.creates).toEqual([]);
  });

  it('when an uncoded unit has the row’s name, kind and parent, then it takes the code instead of a twin being created', () => {
    const plan = planOrgImport(
      csv(
        header,
        'BU,Børn og unge,area,,,',
        'NORD,Nordskolen,institution,BU,,',
        'NORD-1A,1.A,group,NORD,1,24',
      ),
      TREE,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([
      // "Børn og unge" matches "Børn og Unge" (case aside) and is renamed to the file's spelling
      {
        line: 2,
        unitId: 'area',
        code: 'BU',
        name: 'Børn og Unge',
        changes: { name: 'Børn og unge', code: 'BU' },
      },
      { line: 4, unitId: 'n1a', code: 'NORD-1A', name: '1.A', changes: { population: 24 } },
    ]);
    expect(plan.unchanged).toBe(1);
  });

  it('when the file is planned again after it was applied, then every row is unchanged (idempotent)', () => {
    const applied = [
      root,
      { ...area, code: 'BU' },
      school,
      { ...class1, population: 24 },
      care,
      unit({ id: 'new', parentId: 'care', kind: 'institution', name: 'Plejecentret', code: 'PLEJ' }),
    ];
    const text = csv(
      header,
      'BU,Børn og Unge,area,,,',
      'NORD,Nordskolen,institution,BU,,',
      'NORD-1A,1.A,group,NORD,1,24',
      'PLEJ,Plejecentret,institution,OMS,,',
    );
    expect(planOrgImport(text, applied)).toEqual({ issues: [], creates: [], updates: [], unchanged: 4 });
  });

  it('when units are missing from the file, then nothing is planned for them (they are kept)', () => {
    const plan = planOrgImport(csv(header, 'NEW,Ny skole,institution,OMS,,'), TREE);
    expect(plan.creates.map((c) => c.code)).toEqual(['NEW']);
    expect(plan.updates).toEqual([]);
  });
});

describe('orgCsvTemplate', () => {
  const fileOf = (units: ExistingUnit[]) => csvText(orgCsvTemplate(units), csvDialectOf('da'));

  it('when the tree is written as a template, then it lists every unit below the municipality with its parent', () => {
    expect(fileOf(TREE)).toBe(
      BOM +
        csv(
          'code;name;kind;parent_code;grade;population;families;employees',
          'Børn-og-Unge;Børn og Unge;area;;;;;',
          'NORD;Nordskolen;institution;Børn-og-Unge;;;;',
          'NORD-1A;1.A;group;NORD;1;;;',
          'OMS;Omsorg;area;;;;;',
        ),
    );
  });

  it('when a file gives a school its employees and a class its families (Danish headings), then the import sets them and an empty cell keeps what is there', () => {
    const tree = TREE.map((u) =>
      u.id === 'nord' ? { ...u, employees: 30 } : u.id === 'area' ? { ...u, code: 'BU' } : u,
    );
    const plan = planOrgImport(
      csv(
        'kode;navn;type;overordnet_kode;ansatte;familier',
        'NORD;Nordskolen;institution;BU;41;',
        'NORD-1A;1.A;gruppe;NORD;;19',
      ),
      tree,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.updates.map((u) => [u.code, u.changes])).toEqual([
      ['NORD', { employees: 41 }],
      ['NORD-1A', { families: 19 }],
    ]);
  });

  it('when the template is imported unchanged, then uncoded units take the suggested codes and nothing is created', () => {
    const plan = planOrgImport(fileOf(TREE), TREE);
    expect(plan).toEqual({
      issues: [],
      creates: [],
      updates: [
        {
          line: 2,
          unitId: 'area',
          code: 'Børn-og-Unge',
          name: 'Børn og Unge',
          changes: { code: 'Børn-og-Unge' },
        },
      ],
      unchanged: 3,
    });
  });

  it('when two uncoded units would get the same code, then the second gets a number', () => {
    const twins = [
      root,
      unit({ id: 'a1', parentId: 'root', kind: 'area', name: 'Skole' }),
      unit({ id: 'a2', parentId: 'root', kind: 'area', name: 'Skole?' }),
    ];
    expect(orgCsvTemplate(twins).rows.map((r) => r[0])).toEqual(['Skole', 'Skole-2']);
  });

  it('when a name starts like a formula, then the template guards it and the import reads the name back', () => {
    const risky = [root, unit({ id: 'a', parentId: 'root', kind: 'area', name: '=Område', code: 'A' })];
    expect(fileOf(risky)).toContain("A;'=Område;area");
    expect(planOrgImport(fileOf(risky), risky).unchanged).toBe(1);
  });
});
