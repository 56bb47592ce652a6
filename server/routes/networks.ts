import express, { Router } from 'express';
import { z } from 'zod';
import { staffEvent } from '../../core/audit/staff-actor';
import { Locale } from '../../core/indicators/indicator-definition';
import type { Db } from '../../db/database';
import type { InstrumentCache } from '../../db/instrument-cache';
import { recordAuditEvent } from '../../db/repositories/audit-events';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { networkIndicatorsTable } from '../exports/network-indicators-table';
import { EXPORT_FORMATS, sendTable } from '../exports/send-table';
import { parseInput } from '../http/parse';
import { loadIndicatorCatalogue } from '../use-cases/indicator-catalogue';
import { loadNetworkIndicators, NetworkIndicatorQuery } from '../use-cases/network-indicators';
import {
  acceptNetworkInvitation,
  inviteToNetwork,
  loadNetworkView,
  removeFromNetwork,
  startNetwork,
  MunicipalitySlug,
  NewNetwork,
} from '../use-cases/networks';
import { described } from '../openapi/described';

export type NetworkDeps = SessionDeps & { db: Db; instruments: InstrumentCache; now: () => Date };

export const ExportLanguage = z.object({ lang: Locale.default('en') });

/**
 * Learning networks of municipalities: kept by administrators, compared by any member's staff
 * (issue 7). The app's screens (/app/admin/networks, /app/network) read and send these.
 */
export function networkRoutes(deps: NetworkDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const json = express.json({ limit: '16kb' });

  router.get('/api/admin/network', api, async (_req, res) => {
    res.json(await loadNetworkView(deps.db, staffOf(res)));
  });
  router.post('/api/admin/networks', api, json, described({ body: NewNetwork }), async (req, res) => {
    res.status(201).json({ id: await startNetwork(deps.db, staffOf(res), req.body) });
  });
  router.post(
    '/api/admin/network/invitations',
    api,
    json,
    described({ body: MunicipalitySlug }),
    async (req, res) => {
      await inviteToNetwork(deps.db, staffOf(res), req.body);
      res.status(204).end();
    },
  );
  router.post('/api/admin/network/accept', api, async (_req, res) => {
    await acceptNetworkInvitation(deps.db, staffOf(res));
    res.status(204).end();
  });
  router.delete('/api/admin/network/members/:slug', api, async (req, res) => {
    await removeFromNetwork(deps.db, staffOf(res), { slug: req.params.slug });
    res.status(204).end();
  });
  router.get(
    '/api/network/indicators',
    api,
    described({ query: NetworkIndicatorQuery }),
    async (req, res) => {
      res.json(await loadNetworkIndicators(deps.db, deps.instruments, staffOf(res), req.query));
    },
  );
  // What can be compared: each survey instrument's indicators (any staff may read the catalogue).
  router.get('/api/network/indicator-choices', api, async (_req, res) => {
    const municipalityId = staffOf(res).municipalityId;
    res.json({ instruments: await loadIndicatorCatalogue(deps.db, deps.instruments, municipalityId) });
  });
  for (const format of EXPORT_FORMATS)
    router.get(
      `/api/exports/network/indicators.${format}`,
      api,
      described({ query: [NetworkIndicatorQuery, ExportLanguage] }),
      async (req, res) => {
        const staff = staffOf(res);
        const { lang } = parseInput(ExportLanguage, { lang: req.query.lang }, 'export query');
        const view = await loadNetworkIndicators(deps.db, deps.instruments, staff, req.query);
        const table = networkIndicatorsTable(view, lang);
        const what = { export: table.title, format, rows: table.rows.length, indicator: view.indicatorKey };
        await recordAuditEvent(
          deps.db,
          staffEvent(staff, 'export_downloaded', `network:${view.network.name}`, what),
          deps.now(),
        );
        const nameParts = [
          table.title,
          view.network.name,
          view.indicatorKey,
          deps.now().toISOString().slice(0, 10),
        ];
        await sendTable(res, table, { format, locale: lang, nameParts });
      },
    );
  return router;
}
