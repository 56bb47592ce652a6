import type { FieldIssue } from '../../core/errors';

export interface Refusal {
  status: number;
  error: { code: string; message: string; details?: FieldIssue[] };
}

/** What Express's body parsers, router and static files attach to the errors they raise. */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  charset?: string;
  encoding?: string;
  code?: string;
}

const BODY = '(body)';

/**
 * A request the HTTP layer could not take (a body it cannot read, a file that is not there) as a
 * 4xx answer that says what was wrong. Never the body itself: it may hold a respondent's answers.
 * Anything else (no 4xx status) is not a refusal but a bug.
 */
export function refusalOf(error: unknown): Refusal | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as HttpError;
  const status = e.status ?? e.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  switch (e.type) {
    case 'entity.parse.failed':
      return bodyRefusal(400, 'malformed_json', 'The request body is not valid JSON');
    case 'entity.too.large':
      return { status: 413, error: { code: 'too_large', message: 'The request body is too large' } };
    case 'parameters.too.many':
      return { status: 413, error: { code: 'too_large', message: 'The form has too many fields' } };
    case 'charset.unsupported':
      return bodyRefusal(
        415,
        'unsupported_charset',
        `The body's charset ${JSON.stringify(e.charset ?? '')} is not supported: send UTF-8`,
      );
    case 'encoding.unsupported':
      return bodyRefusal(
        415,
        'unsupported_encoding',
        `The Content-Encoding ${JSON.stringify(e.encoding ?? '')} is not supported: send the body as it is, or gzip, deflate or br`,
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return bodyRefusal(400, 'incomplete_body', 'The request body did not arrive whole (Content-Length)');
  }
  // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR …), which the body parser marks 400.
  if (e.code?.startsWith('Z_') || e.code === 'ERR_BROTLI_DECOMPRESSION_FAILED')
    return bodyRefusal(
      400,
      'malformed_body',
      'The request body could not be decompressed (Content-Encoding)',
    );
  if (status === 404) return { status, error: { code: 'not_found', message: 'There is no such file' } };
  return { status, error: { code: 'bad_request', message: 'The request could not be read' } };
}

const bodyRefusal = (status: number, code: string, message: string): Refusal => ({
  status,
  error: { code, message, details: [{ field: BODY, issue: message }] },
});
