import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

/** What a route takes, in the schemas it parses with: the OpenAPI document is read from these. */
export interface RouteDescription {
  summary?: string;
  /** The query's object schema, or several where each parses its own part of the query. */
  query?: z.ZodType | z.ZodType[];
  /** A JSON body. */
  body?: z.ZodType;
}

/** Where a route's handler chain carries its description, out of the way of Express' own fields. */
export const DESCRIPTION = Symbol('malbar.openapi.description');

/**
 * Typed on node's request, as express.json() is, so that it leaves Express' inference of the
 * route's req.params as it was.
 */
export type DescribedHandler = ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) & {
  [DESCRIPTION]: RouteDescription;
};

/**
 * A middleware that does nothing but carry the route's description, so that the description sits in
 * the route itself and the document (openapi-document.ts) finds it by walking the app's router:
 * `router.post('/api/x', api, json, described({ body: NewGoal }), handler)`. The schema must be the
 * very object the route or its use case passes to parseInput, so the two cannot differ.
 */
export function described(description: RouteDescription): DescribedHandler {
  const carrier = (_req: IncomingMessage, _res: ServerResponse, next: () => void) => next();
  return Object.assign(carrier, { [DESCRIPTION]: description });
}

export function descriptionOf(handler: unknown): RouteDescription | undefined {
  if (typeof handler !== 'function') return undefined;
  return (handler as Partial<DescribedHandler>)[DESCRIPTION];
}
