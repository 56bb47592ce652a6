import express, { Router } from 'express';
import { z } from 'zod';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { JobQueue } from '../../jobs/define-job';
import type { RoundEvents } from '../../jobs/round-events';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';
import { renderRoundDistributionPage } from '../pages/round-distribution-page';
import { inviteByEmail, loadInvitationCounts } from '../use-cases/invite-by-email';
import { issueTokens, tokensCsv } from '../use-cases/issue-tokens';
import { loadRoundDistribution } from '../use-cases/round-distribution';
import { changeRoundLinkPolicy } from '../use-cases/round-link-policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DistributionDeps extends SessionDeps {
  db: Db;
  queue: JobQueue;
  events?: RoundEvents;
  publicUrl: string;
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
      deps.publicUrl,
      today(),
    );
    const invitations = await loadInvitationCounts(deps.db, staff, data.round.id);
    res.type('html').send(renderRoundDistributionPage(data, staff, invitations));
  });

  // Server-sent events: the rates now, then again whenever the worker has counted new answers.
  router.get('/api/rounds/:roundId/response-rates/events', api, async (req, res) => {
    const roundId = req.params.roundId as string;
    const load = () => loadRoundDistribution(deps.db, staffOf(res), roundId, deps.publicUrl, today());
    const first = await load(); // scope and existence are checked before the stream opens
    res.set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    const send = (data: unknown) => res.write(`event: rates\ndata: ${JSON.stringify(data)}\n\n`);
    send(first);
    const unsubscribe = deps.events?.subscribe(throttled(roundId, () => load().then(send, () => undefined)));
    const heartbeat = setInterval(() => res.write(': still here\n\n'), 25_000);
    req.on('close', () => {
      unsubscribe?.();
      clearInterval(heartbeat);
    });
  });

  router.get('/api/rounds/:roundId/response-rates', api, async (req, res) => {
    const data = await loadRoundDistribution(
      deps.db,
      staffOf(res),
      req.params.roundId as string,
      deps.publicUrl,
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
      deps.now(),
    );
    const file = `personal-links-${issued.unitName.replace(/[^A-Za-z0-9]+/g, '-')}.csv`;
    res
      .status(201)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${file}"`)
      .set('Cache-Control', 'no-store')
      .send(tokensCsv(deps.publicUrl, issued.unitName, issued.codes));
  });

  // Personal links only, or open links again (only while the round is scheduled): 409 otherwise.
  router.patch('/api/rounds/:roundId', api, express.json({ limit: '4kb' }), async (req, res) => {
    const roundId = req.params.roundId as string;
    res.json(await changeRoundLinkPolicy(deps.db, staffOf(res), roundId, req.body, today()));
  });

  router.post('/dashboard/rounds/:roundId/link-policy', page, forms, async (req, res) => {
    const roundId = req.params.roundId as string;
    const body = req.body as Record<string, unknown>;
    const personalLinksOnly =
      body.personalLinksOnly === 'true'
        ? true
        : body.personalLinksOnly === 'false'
          ? false
          : body.personalLinksOnly;
    await changeRoundLinkPolicy(deps.db, staffOf(res), roundId, { personalLinksOnly }, today());
    res.redirect(303, `/dashboard/rounds/${roundId}/distribution#link-policy`);
  });

  router.post('/dashboard/rounds/:roundId/invitations', page, addressForms, async (req, res) => {
    const form = parseInput(InvitationForm, req.body, 'invitation form');
    const roundId = req.params.roundId as string;
    await inviteByEmail(deps, staffOf(res), { roundId, ...form }, today());
    res.redirect(303, `/dashboard/rounds/${roundId}/distribution#invitations`);
  });

  return router;
}

/** At most one refresh per half second for this round, however many recomputes report in. */
function throttled(roundId: string, refresh: () => Promise<unknown>): (changed: string) => void {
  let waiting = false;
  return (changed) => {
    if (changed !== roundId || waiting) return;
    waiting = true;
    setTimeout(() => {
      waiting = false;
      void refresh();
    }, 500);
  };
}
