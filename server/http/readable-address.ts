import type { RequestHandler } from 'express';
import { MalformedInput } from '../../core/errors';
import { assertStorableText } from './storable-text';

/**
 * Refuses, before any route, an address no route could use: a %-escape that is not UTF-8
 * (`/s/%ff`), or a NUL in the path or the query. Routes then never pass such text to PostgreSQL.
 */
export const readableAddress: RequestHandler = (req, _res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    throw new MalformedInput('The address is not valid', [
      { field: '(path)', issue: 'has a %-escape that is not UTF-8' },
    ]);
  }
  assertStorableText(path, 'address', '(path)');
  assertStorableText(req.query, 'address', 'query');
  next();
};
