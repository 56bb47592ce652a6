import type { Express, RequestHandler } from 'express';
import { openApiDocument, type OpenApiDocument } from './openapi-document';

export { OPENAPI_PATH } from './openapi-document';

/**
 * GET /api/openapi.json: public (a description is not a secret), built on the first request, when
 * every route is registered, and kept: the routes do not change while the process runs.
 */
export function openApiJson(app: Express, publicUrl: string): RequestHandler {
  let document: OpenApiDocument | undefined;
  return (_req, res) => {
    document ??= openApiDocument(app, publicUrl);
    res.set('Cache-Control', 'public, max-age=300').json(document);
  };
}
