/**
 * Whether a failed statement broke a unique constraint (SQLSTATE 23505). Drizzle wraps the
 * driver's error in `cause`; node-postgres and PGlite both report the code there.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(error) === '23505' || code((error as { cause?: unknown } | null)?.cause) === '23505';
}
