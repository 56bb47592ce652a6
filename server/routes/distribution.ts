import express, { Router } from 'express';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { baseUrlOf } from '../http/base-url';
import { renderRoundDistributionPage } from '../pages/round-distribution-page';
import { issueTokens, loadRoundDistribution, tokensCsv } from '../use-cases/round-distribution';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DistributionDeps extends SessionDeps {
  db: Db;
  publicUrl?: string;
}

/** How a round reaches respondents: open links, response rates, personal links. */
export function distributionRoutes(deps: DistributionDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const today = () => deps.now().toISOString().slice(0, 10);
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  router.param('roundId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no round ${value}`)),
  );

  router.get('/dashboard/rounds/:roundId/distribution', page, async (req, res) => {
    const staff = staffOf(res);
    const data = await loadRoundDistribution(
      deps.db,
      staff,
      req.params.roundId as string,
      baseUrlOf(req, deps.publicUrl),
      today(),
    );
    res.type('html').send(renderRoundDistributionPage(data, staff));
  });

  router.get('/api/rounds/:roundId/response-rates', api, async (req, res) => {
    const data = await loadRoundDistribution(
      deps.db,
      staffOf(res),
      req.params.roundId as string,
      baseUrlOf(req, deps.publicUrl),
      today(),
    );
    res.set('Cache-Control', 'no-store').json(data);
  });

  router.post('/dashboard/rounds/:roundId/tokens', page, forms, async (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    const unitId = String(body.unitId ?? '');
    if (!UUID.test(unitId)) throw new NotFound(`There is no unit ${unitId}`);
    const issued = await issueTokens(
      deps.db,
      staffOf(res),
      { roundId: req.params.roundId as string, unitId, count: Number(body.count) },
      today(),
    );
    const file = `personal-links-${issued.unitName.replace(/[^A-Za-z0-9]+/g, '-')}.csv`;
    res
      .status(201)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${file}"`)
      .set('Cache-Control', 'no-store')
      .send(tokensCsv(baseUrlOf(req, deps.publicUrl), issued.unitName, issued.codes));
  });

  return router;
}
