import type { ErrorRequestHandler } from 'express';
import { renderFormErrorPage } from '../pages/form-error-page';
import { pickLocale } from './pick-locale';
import { refusalOf } from './request-refusal';
import {
  ConfirmationRequired,
  Conflict,
  DomainError,
  Forbidden,
  MalformedInput,
  NotFound,
  PasswordChangeRequired,
  PayloadTooLarge,
  PersonalLinksOnly,
  RoundNotOpen,
  ServiceUnavailable,
  TokenUsed,
  TooManyAttempts,
  TooManyRequests,
  Unauthenticated,
  ValidationFailed,
  type FieldIssue,
} from '../../core/errors';

const statusOf = (error: DomainError): number => {
  if (error instanceof ValidationFailed) return 422;
  if (error instanceof MalformedInput) return 400;
  if (error instanceof PayloadTooLarge) return 413;
  if (error instanceof NotFound) return 404;
  if (error instanceof Forbidden || error instanceof PersonalLinksOnly) return 403;
  if (error instanceof PasswordChangeRequired) return 403;
  if (error instanceof Unauthenticated) return 401;
  if (error instanceof Conflict || error instanceof ConfirmationRequired) return 409;
  if (error instanceof RoundNotOpen) return error.state === 'closed' ? 410 : 403;
  if (error instanceof TokenUsed) return 410;
  if (error instanceof TooManyRequests || error instanceof TooManyAttempts) return 429;
  if (error instanceof ServiceUnavailable) return 503;
  return 400;
};

/** The fields a failure names: every invalid one, the one in conflict (an e-mail in use), or the one that confirms. */
const fieldIssuesOf = (error: DomainError): FieldIssue[] =>
  error instanceof ValidationFailed ||
  error instanceof Conflict ||
  error instanceof ConfirmationRequired ||
  error instanceof MalformedInput ||
  error instanceof PayloadTooLarge
    ? error.details
    : [];

/**
 * The one place where failures become HTTP answers. Unknown errors are bugs: 500, logged with the
 * request's id. The code answered is noted in res.locals.errorCode for the request's metrics.
 */
export function errorMiddleware(log: (error: unknown, requestId?: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof DomainError) {
      res.locals.errorCode = error.code;
      const fields = fieldIssuesOf(error);
      const details =
        error instanceof ValidationFailed || error instanceof MalformedInput || fields.length
          ? { details: fields }
          : {};
      if (
        error instanceof TooManyRequests ||
        error instanceof TooManyAttempts ||
        error instanceof ServiceUnavailable
      )
        if (error.retryAfterSeconds) res.set('Retry-After', String(error.retryAfterSeconds));
      res.status(statusOf(error));
      // A plain form (the pages before the app) gets a page back, with what to fix, not JSON.
      if (
        req.method === 'POST' &&
        req.path.startsWith('/login') &&
        req.accepts(['json', 'html']) === 'html'
      ) {
        res.type('html').send(renderFormErrorPage(error.message, fields, pickLocale(req, 'da'), req.path));
        return;
      }
      const pending = error instanceof ConfirmationRequired ? { pending: error.pending } : {};
      res.json({ error: { code: error.code, message: error.message, ...details, ...pending } });
      return;
    }
    const refusal = refusalOf(error);
    if (refusal) {
      res.locals.errorCode = refusal.error.code;
      res.status(refusal.status).json({ error: refusal.error });
      return;
    }
    log(error, res.locals.requestId as string | undefined);
    res.locals.errorCode = 'internal';
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on our side' } });
  };
}
