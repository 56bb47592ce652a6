import { readZipDirectory } from '../../../core/imports/zip-directory';
import { zipArchive } from '../../builders/zip-archive';

const parts = [
  { name: 'xl/workbook.xml', data: '<workbook/>' },
  { name: 'xl/worksheets/sheet1.xml', data: '<worksheet>' + ' '.repeat(5000) + '</worksheet>' },
];

describe('readZipDirectory', () => {
  it('when the archive is whole, then each part comes with its declared size and where its bytes are', () => {
    const bytes = zipArchive(parts);

    const directory = readZipDirectory(bytes);

    expect(directory).toEqual({
      parts: [
        { name: 'xl/workbook.xml', method: 8, size: 11, dataStart: 45, dataEnd: expect.any(Number) },
        {
          name: 'xl/worksheets/sheet1.xml',
          method: 8,
          size: 5023,
          dataStart: expect.any(Number),
          dataEnd: expect.any(Number),
        },
      ],
    });
  });

  it('when a streaming writer put data descriptors after the parts, then the parts are read the same', () => {
    const plain = readZipDirectory(zipArchive(parts)) as { parts: { name: string; size: number }[] };

    const streamed = readZipDirectory(zipArchive(parts, { descriptors: true }));

    expect('parts' in streamed && streamed.parts.map(({ name, size }) => ({ name, size }))).toEqual(
      plain.parts.map(({ name, size }) => ({ name, size })),
    );
  });

  it('when a Buffer is a view into a larger pool, then the view is read, not the pool', () => {
    const bytes = zipArchive(parts);
    const pool = Buffer.concat([Buffer.alloc(100, 0x50), bytes, Buffer.alloc(100)]);

    expect(readZipDirectory(pool.subarray(100, 100 + bytes.length))).toEqual(readZipDirectory(bytes));
  });

  it.each([
    ['no ZIP at all', () => Buffer.from('enhed;periode\r\n'), 'it has no ZIP directory'],
    [
      'a part the directory leaves out (a streaming reader would still meet it)',
      () =>
        zipArchive([...parts, { name: 'xl/sharedStrings.xml', data: '<sst/>' }], {
          unlisted: ['xl/sharedStrings.xml'],
        }),
      'there are bytes between its parts and its directory',
    ],
    [
      'a part hidden before the first listed one',
      () =>
        zipArchive([{ name: 'xl/sharedStrings.xml', data: '<sst/>' }, ...parts], {
          unlisted: ['xl/sharedStrings.xml'],
        }),
      'xl/workbook.xml is not where the ZIP directory says',
    ],
    [
      'a local header that names another part',
      () => {
        const bytes = zipArchive(parts);
        bytes.write('xl/WORKBOOK.xml', 30); // the first local header's name
        return bytes;
      },
      'the local header of xl/workbook.xml does not agree with the ZIP directory',
    ],
    ['the same part twice', () => zipArchive([...parts, parts[0]!]), 'xl/workbook.xml is in it twice'],
    [
      'a cut-off file',
      () => {
        const bytes = zipArchive(parts);
        return Buffer.concat([bytes.subarray(0, 60), bytes.subarray(bytes.length - 22)]);
      },
      'its ZIP directory is out of place',
    ],
  ])('when the archive has %s, then it is refused', (_what, archive, problem) => {
    expect(readZipDirectory(archive())).toEqual({ problem });
  });
});
