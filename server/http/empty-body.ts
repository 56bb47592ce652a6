import type { RequestHandler } from 'express';

/**
 * Express 5 leaves `req.body` undefined when no parser read a body (none was sent, or one of a
 * type the route does not take). Routes read fields of an object; as in Express 4 they get an
 * empty one, and a form posted without its fields is refused naming them, not with a crash.
 */
export const emptyBodyByDefault: RequestHandler = (req, _res, next) => {
  req.body ??= {};
  next();
};
