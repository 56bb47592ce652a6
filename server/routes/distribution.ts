import express, { Router } from 'express';
import { z } from 'zod';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { JobQueue } from '../../jobs/define-job';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { baseUrlOf } from '../http/base-url';
import { parseInput } from '../http/parse';
import { renderRoundDistributionPage } from '../pages/round-distribution-page';
import { inviteByEmail, loadInvitationCounts } from '../use-cases/invite-by-email';
import { issueTokens, loadRoundDistribution, tokensCsv } from '../use-cases/round-distribution';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DistributionDeps extends SessionDeps {
  db: Db;
  queue: JobQueue;
  publicUrl?: string;
  log: (message: string, error?: unknown) => void;
}

const InvitationForm = z.object({
  unitId: z.string().regex(UUID, 'choose a unit'),
  lang: z.enum(['da', 'nb', 'en']),
  emails: z.string(),
});

/** How a round reaches respondents: open links, response rates, personal links. */
export function distributionRoutes(deps: DistributionDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const today = () => deps.now().toISOString().slice(0, 10);
  const forms = express.urlencoded({ extended: false, limit: '16kb' });
  // Up to 2000 pasted addresses.
  const addressForms = express.urlencoded({ extended: false, limit: '256kb' });
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
    const invitations = await loadInvitationCounts(deps.db, staff, data.round.id);
    res.type('html').send(renderRoundDistributionPage(data, staff, invitations));
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

  router.post('/dashboard/rounds/:roundId/invitations', page, addressForms, async (req, res) => {
    const form = parseInput(InvitationForm, req.body, 'invitation form');
    const roundId = req.params.roundId as string;
    await inviteByEmail(deps, staffOf(res), { roundId, ...form }, today());
    res.redirect(303, `/dashboard/rounds/${roundId}/distribution#invitations`);
  });

  return router;
}
