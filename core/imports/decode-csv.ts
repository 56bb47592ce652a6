/**
 * An uploaded CSV's text: UTF-8 (with or without a byte order mark), or else Windows-1252, as
 * Excel in Denmark and Norway may save it, so æ, ø and å survive either way.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
