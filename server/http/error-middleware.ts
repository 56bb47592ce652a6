import type { ErrorRequestHandler } from 'express';
import { renderFormErrorPage } from '../pages/form-error-page';
import {
  Conflict,
  DomainError,
  Forbidden,
  NotFound,
  PersonalLinksOnly,
  RoundNotOpen,
  ServiceUnavailable,
  TokenUsed,
  TooManyRequests,
  Unauthenticated,
  ValidationFailed,
  type FieldIssue,
} from '../../core/errors';

const statusOf = (error: DomainError): number => {
  if (error instanceof ValidationFailed) return 422;
  if (error instanceof NotFound) return 404;
  if (error instanceof Forbidden || error instanceof PersonalLinksOnly) return 403;
  if (error instanceof Unauthenticated) return 401;
  if (error instanceof Conflict) return 409;
  if (error instanceof RoundNotOpen) return error.state === 'closed' ? 410 : 403;
  if (error instanceof TokenUsed) return 410;
  if (error instanceof TooManyRequests) return 429;
  if (error instanceof ServiceUnavailable) return 503;
  return 400;
};

/** The fields a failure names: every invalid one, or the one in conflict (an e-mail in use). */
const fieldIssuesOf = (error: DomainError): FieldIssue[] =>
  error instanceof ValidationFailed || error instanceof Conflict ? error.details : [];

/** The one place where failures become HTTP answers. Unknown errors are bugs: 500, logged. */
export function errorMiddleware(log: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof DomainError) {
      const fields = fieldIssuesOf(error);
      const details = error instanceof ValidationFailed || fields.length ? { details: fields } : {};
      if (error instanceof TooManyRequests || error instanceof ServiceUnavailable)
        if (error.retryAfterSeconds) res.set('Retry-After', String(error.retryAfterSeconds));
      res.status(statusOf(error));
      // A staff form posted from a page gets a page back (with what to fix), not JSON.
      if (
        req.method === 'POST' &&
        req.path.startsWith('/dashboard/') &&
        req.accepts(['json', 'html']) === 'html'
      ) {
        res.type('html').send(renderFormErrorPage(error.message, fields));
        return;
      }
      res.json({ error: { code: error.code, message: error.message, ...details } });
      return;
    }
    const httpError = error as { type?: string; status?: number; message?: string };
    if (httpError.type === 'entity.parse.failed') {
      res.status(400).json({
        error: {
          code: 'malformed_json',
          message: 'The request body is not valid JSON',
          details: [{ field: '(body)', issue: httpError.message ?? 'invalid JSON' }],
        },
      });
      return;
    }
    if (httpError.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'too_large', message: 'The request body is too large' } });
      return;
    }
    log(error);
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on our side' } });
  };
}
