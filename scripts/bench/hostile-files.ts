import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed-demo';
// The hostile files and the outside probe are the tests' own (test/integration/hostile-files.test.ts).
import {
  aLargeCsv,
  aSharedStringsBomb,
  aWideSheetWithoutDimension,
  aWideSheetWorkbook,
  aWorkbookFormattedToXfd,
} from '../../test/builders/hostile-files';
import { startHealthzProbe } from '../../test/support/healthz-probe';

const HEADINGS = 'enhed;periode;planlagte dagsværk;sygedage;korttid;langtid;ansatte';

/** The files of issue 17 and two large good-looking ones, as staff would upload them. */
const FILES: [name: string, make: () => Promise<Buffer> | Buffer, type: string][] = [
  ['XLSX, 1,000 rows with a cell in XFD', () => aWideSheetWorkbook(1000), 'application/octet-stream'],
  ['the same without its used range', () => aWideSheetWithoutDimension(1000), 'application/octet-stream'],
  [
    'XLSX, 20,000 rows formatted out to XFD',
    () => aWorkbookFormattedToXfd(20_000),
    'application/octet-stream',
  ],
  [
    'shared strings → 1 GB',
    () => aSharedStringsBomb({ megabytes: 1000, declared: 'true' }),
    'application/octet-stream',
  ],
  [
    'the same, directory says 1 KB',
    () => aSharedStringsBomb({ megabytes: 1000, declared: 'lying' }),
    'application/octet-stream',
  ],
  [
    'shared strings → 3 GB',
    () => aSharedStringsBomb({ megabytes: 3000, declared: 'true' }),
    'application/octet-stream',
  ],
  ['CSV, 21 MB', () => aLargeCsv(21), 'text/csv'],
  [
    'CSV, 99,000 rows of 190 bytes',
    () =>
      Buffer.from(
        `${HEADINGS};noter\r\n${`SKOLE;2024-01;420;21;14;7;20;${'x'.repeat(160)}\r\n`.repeat(99_000)}`,
      ),
    'text/csv',
  ],
  ['XLSX, 99,000 rows', () => xlsxOfRows(99_000), 'application/octet-stream'],
];

async function xlsxOfRows(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sygefravær');
  sheet.addRow(HEADINGS.split(';'));
  for (let i = 0; i < rows; i++) sheet.addRow(['SKOLE', '2024-01', 420, 21, 14, 7, 20]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** `npm start` as it runs by default (PGlite, jobs in-process, Demo Kommune), on a free port. */
async function startEmbedded(dataDir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'main/start.ts'], {
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SESSION_SECRET: 'bench-'.repeat(8) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk;
      const running = /running: (http:\/\/[^/\s]+)/.exec(out);
      if (running) resolve(running[1]!);
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => reject(new Error(`the server stopped (${code}):\n${out.slice(-2000)}`)));
  });
  return { server, url };
}

/** Uploads one file as the demo's quality consultant and follows it to the end. */
async function measure(url: string, cookie: string, pid: number, [name, make, type]: (typeof FILES)[number]) {
  const body = await make();
  const before = residentMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 20);
  const probe = await startHealthzProbe(`${url}/healthz`);
  const started = performance.now();
  const res = await fetch(`${url}/api/sick-leave/imports`, {
    method: 'POST',
    headers: { 'content-type': type, cookie },
    body,
  });
  const answer = (await res.json()) as { id?: string; error?: { message: string } };
  const answered = performance.now() - started;
  let outcome = answer.error?.message.replace('The file cannot be imported: ', '') ?? '';
  while (res.status === 202) {
    const progress = await fetch(`${url}/api/sick-leave/imports/${answer.id}`, { headers: { cookie } });
    const job = (await progress.json()) as { status: string };
    if (job.status === 'applied' || job.status === 'failed') {
      outcome = `import ${job.status} after ${((performance.now() - started) / 1000).toFixed(1)} s`;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const healthz = await probe.stop();
  clearInterval(sampler);
  const failed = healthz.filter((ms) => ms < 0).length;
  const size = `${(body.length / 2 ** 20).toFixed(2)} MB`;
  console.log(
    `| ${name} | ${size} | ${res.status} in ${answered.toFixed(0)} ms | ${outcome} | ${Math.max(...healthz).toFixed(0)} ms (${healthz.length}${failed ? `, ${failed} failed` : ''}) | ${before.toFixed(0)} → ${peak.toFixed(0)} → ${residentMb(pid).toFixed(0)} |`,
  );
}

/**
 * Uploads issue 17's hostile files (and two large good-looking ones) to the embedded default, as
 * one process runs it, and measures the answer, /healthz asked every 5 ms from another thread
 * meanwhile, and the server's resident memory before, at its peak and after.
 *
 *   npm run bench:hostile-files [-- <part of a file's name> …]
 */
async function main() {
  const only = process.argv.slice(2);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-bench-files-'));
  const { server, url } = await startEmbedded(dataDir);
  try {
    const email = DEMO_LOGINS[0].email;
    const login = await fetch(`${url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    console.log(
      '| file | size | answer | refusal or import | /healthz slowest (asked) | server MB before → peak → after |',
    );
    console.log('|---|---:|---|---|---:|---|');
    for (const file of FILES)
      if (only.length === 0 || only.some((part) => file[0].includes(part)))
        await measure(url, cookie, server.pid!, file);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
