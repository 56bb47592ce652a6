import { exportFileName } from '../../../core/exports/export-file-name';

describe('exportFileName', () => {
  it.each([
    {
      parts: ['Goal status', 'Test Kommune', '2026-05-01'],
      ext: 'csv' as const,
      expected: 'goal-status-test-kommune-2026-05-01.csv',
    },
    {
      parts: ['Målstatus', 'Århus Kommune'],
      ext: 'xlsx' as const,
      expected: 'maalstatus-aarhus-kommune.xlsx',
    },
    {
      parts: ['Indikatorer', 'Skolen på Ørnevej', '6.A'],
      ext: 'csv' as const,
      expected: 'indikatorer-skolen-paa-oernevej-6-a.csv',
    },
    // é splits into e and an accent under NFKD; the accent is dropped
    { parts: ['Café Élan'], ext: 'csv' as const, expected: 'cafe-elan.csv' },
    { parts: ['"; rm -rf /', '../..'], ext: 'csv' as const, expected: 'rm-rf.csv' },
    { parts: ['', '!!!'], ext: 'xlsx' as const, expected: 'export.xlsx' },
  ])('when the parts are $parts, then the file is $expected', ({ parts, ext, expected }) => {
    expect(exportFileName(parts, ext)).toBe(expected);
  });

  it('when the parts are long, then the name is cut to 100 characters before the extension', () => {
    const name = exportFileName(['x'.repeat(150)], 'csv');
    expect(name).toBe(`${'x'.repeat(100)}.csv`);
  });
});
