import type { CsvRecord } from '../../core/imports/read-csv';
import { readUploadInThread } from '../../worker/imports/read-upload-in-thread';
import { aHandWrittenWorkbook, aLargeCsv, aSharedStringsBomb } from '../builders/hostile-files';
import { aSickLeaveFile } from '../builders/sick-leave-file';

const SMALL_HEAP = { heapMb: 32, answerWithinMs: 60_000 };

async function readAll(file: Buffer, format: 'csv' | 'xlsx', bounds = SMALL_HEAP) {
  const { rowsTotal, records } = await readUploadInThread({ format, file }, bounds);
  const read: CsvRecord[] = [];
  for await (const record of records) read.push(record);
  return { rowsTotal, read };
}

const refusalOf = (reading: Promise<unknown>) =>
  reading.then(
    () => 'read',
    (error: Error) => `${error.name}: ${error.message}`,
  );

describe('an uploaded file is read in a thread with bounded memory and time', () => {
  it('when a workbook is good, then its rows come out as the import reads them, with a heap of 32 MB', async () => {
    const file = aHandWrittenWorkbook([
      ['SKOLE', '2024-01', 420, 21],
      ['BH-01', '2024-02', 100, 5],
    ]);

    const { rowsTotal, read } = await readAll(file, 'xlsx');

    expect(rowsTotal).toBeNull();
    expect(read).toEqual([
      { line: 1, cells: ['enhed', 'periode', 'planlagte dagsværk', 'sygedage'] },
      { line: 2, cells: ['SKOLE', '2024-01', '420', '21'] },
      { line: 3, cells: ['BH-01', '2024-02', '100', '5'] },
    ]);
  });

  it('when a CSV has 2,500 rows, then its row count is known first and its records come in batches, all of them', async () => {
    const builder = aSickLeaveFile();
    for (let i = 0; i < 2500; i++) builder.row('SKOLE', `2024-01`, 420, 21, 14, 7, i);

    const { rowsTotal, read } = await readAll(Buffer.from(builder.csv()), 'csv');

    expect(rowsTotal).toBe(2500);
    expect(read.map((r) => r.line)).toEqual(Array.from({ length: 2501 }, (_, i) => i + 1));
    expect(read.at(-1)).toEqual({ line: 2501, cells: ['SKOLE', '2024-01', '420', '21', '14', '7', '2499'] });
  });

  it('when reading a workbook needs more memory than the thread may have, then the thread dies, not the process, and the file is refused', async () => {
    // 40 MB of shared strings, within the upload's limit, held by exceljs as 1.5 million strings.
    const file = aSharedStringsBomb({ megabytes: 40, declared: 'true' });
    const rss = process.memoryUsage().rss;

    const refusal = await refusalOf(readAll(file, 'xlsx'));

    expect(refusal).toBe('UnreadableFile: reading the file needed more than the 32 MB an import may use');
    const grown = (process.memoryUsage().rss - rss) / 2 ** 20;
    console.log(`the process grew by ${grown.toFixed(0)} MB while the thread ran out of its 32 MB`);
    expect((await readAll(aHandWrittenWorkbook([['SKOLE', '2024-01', 1, 0]]), 'xlsx')).read).toHaveLength(2);
  });

  it('when the thread takes longer than allowed to answer, then it is stopped and the file is refused', async () => {
    const refusal = await refusalOf(readAll(aLargeCsv(1), 'csv', { heapMb: 64, answerWithinMs: 1 }));

    expect(refusal).toBe('UnreadableFile: reading 1,000 rows of the file took longer than 0.001 s');
  });
});
