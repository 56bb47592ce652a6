/**
 * An error as a log line may show it: message and stack, but never the values a query was sent
 * with, nor a request body. Drizzle's "Failed query" message lists every parameter, which for an
 * insert of a response is the respondent's answers; body-parser errors carry the body.
 */
export function loggableError(error: unknown): string {
  if (!isQueryError(error)) return error instanceof Error ? (error.stack ?? error.message) : String(error);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [loggableMessage(error), ...frames].join('\n');
}

/** The error's message alone (no stack), as loggableError shows it. */
export function loggableMessage(error: unknown): string {
  if (!isQueryError(error)) return error instanceof Error ? error.message : String(error);
  const cause = error.cause instanceof Error ? `; cause: ${causeOf(error.cause)}` : '';
  return `Failed query: ${error.query} (parameters not logged)${cause}`;
}

const isQueryError = (error: unknown): error is Error & { query: string } =>
  error instanceof Error && typeof (error as { query?: unknown }).query === 'string';

/**
 * PostgreSQL's message names the problem; a type's input error quotes the value
 * (`invalid input syntax for type uuid: "…"`), which is left out.
 */
const causeOf = (cause: Error): string => {
  const code = (cause as { code?: unknown }).code;
  const message = cause.message.replace(/: ".*"$/s, ': (value not logged)');
  return `${message}${typeof code === 'string' ? ` (${code})` : ''}`;
};
