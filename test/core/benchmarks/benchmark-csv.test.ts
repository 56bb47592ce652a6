import { readBenchmarkCsv } from '../../../core/benchmarks/benchmark-csv';

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const noDefaults = { source: '', vintage: '' };
const kostra = { source: 'SSB KOSTRA', vintage: 'published 2025-06-16' };

describe('readBenchmarkCsv: reading the file', () => {
  it('when a Norwegian file has semicolons, decimal commas and "0301 Oslo", then every figure is read', () => {
    const file = readBenchmarkCsv(
      '\uFEFF' +
        csv(
          'kommune;kostragruppe;indikator;år;verdi;kilde;årgang',
          '0301 Oslo;KOSTRA 13;sick-leave-rate;2024;8,9;SSB;2025-06',
          'Bergen;KOSTRA 13;sick-leave-rate;2024;9.1;SSB;2025-06',
          '0101;KOSTRA 13;sick-leave-rate;2024;12 345,5;SSB;2025-06',
        ),
      noDefaults,
    );
    expect(file.issues).toEqual([]);
    expect(file.figures.map((f) => [f.municipality, f.municipalityKey, f.value, f.period])).toEqual([
      ['0301 Oslo', '301', 8.9, 2024],
      ['Bergen', 'bergen', 9.1, 2024],
      ['0101', '101', 12345.5, 2024],
    ]);
    expect(file.figures[0]).toMatchObject({
      source: 'SSB',
      comparisonGroup: 'KOSTRA 13',
      indicatorKey: 'sick-leave-rate',
      vintage: '2025-06',
    });
  });

  it('when the file has no source or vintage columns, then the form gives them to every row', () => {
    const file = readBenchmarkCsv(
      csv('municipality,comparison_group,indicator,period,value', 'Ballerup,Peers,wellbeing,2025,"91,5"'),
      kostra,
    );
    expect(file.issues).toEqual([]);
    expect(file.figures).toEqual([
      {
        source: 'SSB KOSTRA',
        comparisonGroup: 'Peers',
        indicatorKey: 'wellbeing',
        period: 2025,
        municipality: 'Ballerup',
        municipalityKey: 'ballerup',
        value: 91.5,
        vintage: 'published 2025-06-16',
      },
    ]);
  });

  it('when a row has its own source, then it keeps it and the form fills only the empty cells', () => {
    const file = readBenchmarkCsv(
      csv('municipality;group;indicator;year;value;source', 'A;G;x;2024;1;DST', 'B;G;x;2024;2;'),
      kostra,
    );
    expect(file.figures.map((f) => f.source)).toEqual(['DST', 'SSB KOSTRA']);
  });
});

describe('readBenchmarkCsv: validation, row by row', () => {
  it('when cells are missing or unreadable, then each problem names its line and column and no figure is kept', () => {
    const file = readBenchmarkCsv(
      csv(
        'kommune;kostragruppe;indikator;år;verdi',
        'Oslo;KOSTRA 13;sick-leave-rate;2024;',
        'Bergen;KOSTRA 13;sick-leave-rate;2024;..',
        'Trondheim;KOSTRA 13;sick-leave-rate;2024;ni',
        'Stavanger;KOSTRA 13;sick-leave-rate;24/25;7,5',
        ';;sick-leave-rate;;7,5',
      ),
      kostra,
    );
    expect(file.figures).toEqual([]);
    expect(file.issues).toEqual([
      { line: 2, field: 'verdi', message: 'missing value; leave out municipalities without a figure' },
      { line: 3, field: 'verdi', message: 'missing value (".."); leave out municipalities without a figure' },
      { line: 4, field: 'verdi', message: '"ni" is not a number (e.g. 8,9 or 8.9)' },
      { line: 5, field: 'år', message: '"24/25" is not a year; write the period as a year, e.g. 2024' },
      { line: 6, field: 'kommune', message: 'missing municipality' },
      { line: 6, field: 'kostragruppe', message: 'missing comparison group' },
      { line: 6, field: 'år', message: 'missing period' },
    ]);
  });

  it('when neither the file nor the form gives a source and vintage, then both are reported missing', () => {
    const file = readBenchmarkCsv(csv('municipality;group;indicator;year;value', 'A;G;x;2024;1'), noDefaults);
    expect(file.issues).toEqual([
      { line: 2, field: 'source', message: 'missing source' },
      { line: 2, field: 'vintage', message: 'missing vintage' },
    ]);
  });

  it('when a municipality appears twice in one series (by number, with and without leading zero), then the second line is a duplicate', () => {
    const file = readBenchmarkCsv(
      csv(
        'municipality;group;indicator;year;value',
        '0301 Oslo;KOSTRA 13;x;2024;1',
        '301;kostra 13;x;2024;2',
        '0301 Oslo;KOSTRA 13;x;2023;1',
      ),
      kostra,
    );
    expect(file.issues).toEqual([
      {
        line: 3,
        field: 'municipality',
        message: 'the same municipality, comparison group, indicator, period and source as line 2',
      },
    ]);
  });

  it('when a heading is unknown or a required column is missing, then only the header is reported', () => {
    const file = readBenchmarkCsv(csv('kommune;gruppe;indikator;år;beløb', 'A;G;x;2024;1'), kostra);
    expect(file.issues).toEqual([
      {
        line: 1,
        field: 'gruppe',
        message:
          'unknown column; the columns are municipality, comparison_group, indicator, period, value, source, vintage',
      },
      {
        line: 1,
        field: 'beløb',
        message:
          'unknown column; the columns are municipality, comparison_group, indicator, period, value, source, vintage',
      },
      { line: 1, field: 'comparison_group', message: 'the column is missing' },
      { line: 1, field: 'value', message: 'the column is missing' },
    ]);
  });

  it('when the file is empty or has only a header, then that is the one problem', () => {
    expect(readBenchmarkCsv('', kostra).issues).toEqual([
      { line: 1, field: '(file)', message: 'the file is empty' },
    ]);
    expect(readBenchmarkCsv(csv('municipality;group;indicator;year;value'), kostra).issues).toEqual([
      { line: 1, field: '(file)', message: 'there are no figures below the header' },
    ]);
  });

  it('when a row has more fields than the header (an unquoted separator), then the row is reported', () => {
    const file = readBenchmarkCsv(csv('municipality,group,indicator,year,value', 'A,G,x,2024,8,9'), kostra);
    expect(file.issues).toEqual([
      {
        line: 2,
        field: '(row)',
        message: 'has 6 fields but the header has 5; quote texts with "," in them',
      },
    ]);
  });
});
