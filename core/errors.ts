/** Expected failures. One middleware maps them to HTTP; anything else is a bug (500). */
export interface FieldIssue {
  field: string;
  /** In English, for logs and API users; screens say it in the user's language by `code`. */
  issue: string;
  /** A stable name of the problem ("too_short"), with what a translated text needs (`params`). */
  code?: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class ValidationFailed extends DomainError {
  constructor(
    message: string,
    readonly details: FieldIssue[],
  ) {
    super('validation_failed', message);
  }
}

/**
 * A request that cannot be read or kept as sent: text PostgreSQL refuses (a NUL character, half of
 * a UTF-16 surrogate pair), an address with a broken %-escape. 400, naming the field.
 */
export class MalformedInput extends DomainError {
  constructor(
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super('malformed_input', message);
  }
}

/** A file or body that would cost too much to read: too many bytes unpacked, rows or strings. */
export class PayloadTooLarge extends DomainError {
  constructor(
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super('too_large', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'Not allowed') {
    super('forbidden', message);
  }
}

/** Signed in with a one-time password: nothing is allowed until the user chooses their own. */
export class PasswordChangeRequired extends DomainError {
  constructor() {
    super('password_change_required', 'Choose a new password first: /dashboard/account/password');
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Log in first') {
    super('unauthenticated', message);
  }
}

export class Conflict extends DomainError {
  constructor(
    message: string,
    /** The fields in conflict, when there are any: the e-mail address already in use. */
    readonly details: FieldIssue[] = [],
  ) {
    super('conflict', message);
  }
}

/**
 * A change that would do something that cannot be undone (delete answers) and was not confirmed:
 * 409 with what it would do (`pending`), for the client to show before it sends the change again
 * confirmed. `details` names the confirming field.
 */
export class ConfirmationRequired extends DomainError {
  constructor(
    message: string,
    readonly details: FieldIssue[],
    readonly pending: unknown,
  ) {
    super('confirmation_required', message);
  }
}

/**
 * Something this installation lacks or cannot reach right now, e.g. Chromium for printing PDFs,
 * or the database; with `retryAfterSeconds` when it is expected back (a busy printer, an outage).
 */
export class ServiceUnavailable extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super('service_unavailable', message);
  }
}

/** A survey or indicator definition that does not hold together; stops start-up. */
export class InvalidDefinition extends Error {
  constructor(
    readonly source: string,
    readonly element: string,
    problem: string,
  ) {
    super(`${source}: ${element}: ${problem}`);
    this.name = 'InvalidDefinition';
  }
}

/** A round that is closed or not yet open: the link exists but takes no answers now. */
export class RoundNotOpen extends DomainError {
  constructor(
    message: string,
    readonly state: 'closed' | 'not-yet-open',
  ) {
    super(state === 'closed' ? 'round_closed' : 'round_not_open', message);
  }
}

/** A personal link that has already been used to answer. */
export class TokenUsed extends DomainError {
  constructor() {
    super('token_used', 'This personal link has already been used to answer');
  }
}

/**
 * An open link of a round answered only through personal links: it takes no answer. The message is
 * in the respondent's language, since the respondent page shows it as it is.
 */
export class PersonalLinksOnly extends DomainError {
  constructor(message = 'This survey is answered only through personal links') {
    super('personal_links_only', message);
  }
}

/** Too many requests through one link or token in a short time. */
export class TooManyRequests extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_requests', 'Too many answers through this link just now; try again shortly');
  }
}

/**
 * Sign-in (or a password reset) refused unasked, after too many failures for the account or from
 * the address: the password is not even checked until the block ends.
 */
export class TooManyAttempts extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_attempts', `Too many attempts — try again in ${minutesText(retryAfterSeconds)}`);
  }
}

/** "1 minute", "15 minutes": whole minutes, rounded up, never 0. */
export function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
