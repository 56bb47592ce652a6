/** One line per event on stderr; errors with their stack. Enough until there is a log shipper. */
export function log(message: string, error?: unknown): void {
  const detail =
    error instanceof Error ? ` ${error.stack ?? error.message}` : error ? ` ${String(error)}` : '';
  process.stderr.write(`${new Date().toISOString()} ${message}${detail}\n`);
}
