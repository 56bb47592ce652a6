import fs from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * A profile sees the code tsx compiled (each module on one line), so its line numbers say nothing.
 * tsx keeps the compiled code with its source map in os.tmpdir()/tsx-<uid>; this reads the newest
 * entry of each file there and maps profile positions (0-based) back to lines of the .ts file.
 * Unknown files or positions give null.
 */
export function tsxSourceLines(): (file: string, line: number, column: number) => number | null {
  const maps = new Map<string, { map: SourceMap; mtimeMs: number }>();
  const dir = path.join(os.tmpdir(), `tsx-${os.userInfo().uid}`);
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    try {
      const full = path.join(dir, entry);
      const stat = fs.statSync(full);
      if (!stat.isFile()) continue;
      const mtimeMs = stat.mtimeMs;
      const cached = JSON.parse(fs.readFileSync(full, 'utf8')) as { code?: string; map?: SourceMapPayload };
      const file = /^__filename="([^"]+)"/.exec(cached.code ?? '')?.[1];
      if (!file || !cached.map || (maps.get(file)?.mtimeMs ?? 0) > mtimeMs) continue;
      maps.set(file, { map: new SourceMap(cached.map), mtimeMs });
    } catch {
      /* not a cache entry (tsx's IPC socket, a file being written) */
    }
  }
  return (file, line, column) => {
    const entry = maps.get(file)?.map.findEntry(line, column);
    return entry && 'originalLine' in entry ? entry.originalLine + 1 : null;
  };
}
