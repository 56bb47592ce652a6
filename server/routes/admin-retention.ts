import express, { Router } from 'express';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import {
  loadRetention,
  previewRetention,
  saveRetention,
  RetentionInput,
  RetentionPreviewInput,
} from '../use-cases/answer-retention-admin';
import { described } from '../openapi/described';

/** How long answers and comments are kept, and when each closed round's go: administrators only. */
export function adminRetentionRoutes(deps: SessionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '1kb' });
  router.get('/api/admin/retention', api, async (_req, res) => {
    res.set('Cache-Control', 'private, no-store').json(await loadRetention(deps.db, staffOf(res)));
  });
  // What the periods being entered would delete: the page shows it before anything is saved.
  router.post(
    '/api/admin/retention/preview',
    api,
    json,
    described({ body: RetentionPreviewInput }),
    async (req, res) => {
      res
        .set('Cache-Control', 'private, no-store')
        .json(await previewRetention(deps, staffOf(res), req.body));
    },
  );
  router.put('/api/admin/retention', api, json, described({ body: RetentionInput }), async (req, res) => {
    await saveRetention(deps, staffOf(res), req.body);
    res.json(await loadRetention(deps.db, staffOf(res)));
  });
  return router;
}
