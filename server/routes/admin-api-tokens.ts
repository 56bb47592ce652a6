import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { issueApiToken, loadApiTokens, revokeApiTokenFor, ApiTokenRequest } from '../use-cases/api-tokens';
import { described } from '../openapi/described';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Read-only API tokens for BI tools: administrators of the whole municipality issue and revoke them. */
export function adminApiTokenRoutes(deps: SessionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '2kb' });
  router.param('tokenId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no live API token ${value}`)),
  );
  router.get('/api/admin/api-tokens', api, async (_req, res) => {
    res.set('Cache-Control', 'private, no-store').json(await loadApiTokens(deps.db, staffOf(res)));
  });
  router.post('/api/admin/api-tokens', api, json, described({ body: ApiTokenRequest }), async (req, res) => {
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .json(await issueApiToken(deps, staffOf(res), req.body));
  });
  router.delete('/api/admin/api-tokens/:tokenId', api, async (req, res) => {
    await revokeApiTokenFor(deps, staffOf(res), req.params.tokenId as string);
    res.status(204).end();
  });
  return router;
}
