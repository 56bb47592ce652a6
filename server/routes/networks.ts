import express, { Router } from 'express';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderNetworkComparisonPage } from '../pages/network-comparison-page';
import { renderNetworksPage } from '../pages/networks-page';
import { loadNetworkIndicators } from '../use-cases/network-indicators';
import {
  acceptNetworkInvitation,
  inviteToNetwork,
  loadNetworkView,
  removeFromNetwork,
  startNetwork,
} from '../use-cases/networks';

export type NetworkDeps = SessionDeps & { db: Db; instruments: InstrumentCache };

const DEFAULT_QUERY = { instrumentKey: 'pupil-wellbeing', indicatorKey: 'wellbeing' };

/** Learning networks of municipalities: kept by administrators, compared by any member's staff (issue 7). */
export function networkRoutes(deps: NetworkDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  const json = express.json({ limit: '16kb' });
  const base = '/dashboard/admin/networks';
  const back = (res: express.Response) => res.redirect(303, base);

  router.get(base, page, async (_req, res) => {
    const staff = staffOf(res);
    res.type('html').send(renderNetworksPage(await loadNetworkView(deps.db, staff), staff));
  });
  router.post(base, page, forms, async (req, res) => {
    await startNetwork(deps.db, staffOf(res), req.body);
    back(res);
  });
  router.post(`${base}/invitations`, page, forms, async (req, res) => {
    await inviteToNetwork(deps.db, staffOf(res), req.body);
    back(res);
  });
  router.post(`${base}/accept`, page, async (_req, res) => {
    await acceptNetworkInvitation(deps.db, staffOf(res));
    back(res);
  });
  router.post(`${base}/remove`, page, forms, async (req, res) => {
    await removeFromNetwork(deps.db, staffOf(res), req.body);
    back(res);
  });
  router.get('/dashboard/network', page, async (req, res) => {
    const query = req.query.instrumentKey === undefined ? DEFAULT_QUERY : req.query;
    const staff = staffOf(res);
    const view = await loadNetworkIndicators(deps.db, deps.instruments, staff, query);
    res.type('html').send(renderNetworkComparisonPage(view, staff));
  });

  router.get('/api/admin/network', api, async (_req, res) => {
    res.json(await loadNetworkView(deps.db, staffOf(res)));
  });
  router.post('/api/admin/networks', api, json, async (req, res) => {
    res.status(201).json({ id: await startNetwork(deps.db, staffOf(res), req.body) });
  });
  router.post('/api/admin/network/invitations', api, json, async (req, res) => {
    await inviteToNetwork(deps.db, staffOf(res), req.body);
    res.status(204).end();
  });
  router.post('/api/admin/network/accept', api, async (_req, res) => {
    await acceptNetworkInvitation(deps.db, staffOf(res));
    res.status(204).end();
  });
  router.delete('/api/admin/network/members/:slug', api, async (req, res) => {
    await removeFromNetwork(deps.db, staffOf(res), { slug: req.params.slug });
    res.status(204).end();
  });
  router.get('/api/network/indicators', api, async (req, res) => {
    res.json(await loadNetworkIndicators(deps.db, deps.instruments, staffOf(res), req.query));
  });
  return router;
}
