import express, { Router } from 'express';
import { z } from 'zod';
import { NotFound } from '../../core/errors';
import type { Db } from '../../db/database';
import type { JobQueue } from '../../jobs/define-job';
import type { RoundEvents } from '../../jobs/round-events';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';
import { wholeNumber } from '../http/query-fields';
import { inviteByEmail, loadInvitationCounts } from '../use-cases/invite-by-email';
import { issueTokens, tokensCsv } from '../use-cases/issue-tokens';
import { RATE_PAGE_DEFAULT, RATE_PAGE_LIMIT } from '../../core/surveys/response-rate-page';
import { loadRoundDistribution, loadRoundUnitChoices } from '../use-cases/round-distribution';
import { changeRoundLinkPolicy, RoundLinkPolicy } from '../use-cases/round-link-policy';
import { described } from '../openapi/described';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DistributionDeps extends SessionDeps {
  db: Db;
  queue: JobQueue;
  events?: RoundEvents;
  publicUrl: string;
  log: (message: string, error?: unknown) => void;
}

export const InvitationRequest = z.object({
  unitId: z.string().regex(UUID, 'choose a unit'),
  lang: z.enum(['da', 'nb', 'en'], 'da, nb or en'),
  emails: z.string('one address a line'),
});

// The number is checked against the batch limit by issueTokens, naming the field.
export const PersonalLinksRequest = z.object({
  unitId: z.string().regex(UUID, 'choose a unit'),
  count: z.number('a whole number'),
});

/** GET …/response-rates?offset=0&limit=50&under=<unit>&q=3.a&flagged=1&order=rate: one screen's rows. */
export const RatePageQuery = z
  .object({
    offset: wholeNumber(0, 999_999).default(0),
    limit: wholeNumber(1, RATE_PAGE_LIMIT).default(RATE_PAGE_DEFAULT),
    under: z.string().regex(UUID, 'a unit id').optional(),
    q: z.string().max(100, 'at most 100 characters').optional(),
    flagged: z.enum(['0', '1'], '0 or 1').default('0'),
    order: z.enum(['name', 'rate', 'answers'], 'name, rate or answers').default('name'),
  })
  .strict()
  .transform(({ under, q, flagged, ...rest }) => ({
    ...rest,
    flagged: flagged === '1',
    ...(under === undefined ? {} : { parentId: under }),
    ...(q === undefined ? {} : { search: q }),
  }));

/** How a round reaches respondents: open links, response rates, personal links. */
export function distributionRoutes(deps: DistributionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const today = () => deps.now().toISOString().slice(0, 10);
  const json = express.json({ limit: '4kb' });
  // Up to 2000 pasted addresses.
  const addresses = express.json({ limit: '256kb' });
  router.param('roundId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no round ${value}`)),
  );

  // Server-sent events: the rates now, then again whenever the worker has counted new answers.
  router.get(
    '/api/rounds/:roundId/response-rates/events',
    api,
    described({ query: RatePageQuery }),
    async (req, res) => {
      const roundId = req.params.roundId as string;
      const ask = parseInput(RatePageQuery, req.query, 'response rate query');
      const load = () => loadRoundDistribution(deps.db, staffOf(res), roundId, deps.publicUrl, today(), ask);
      const first = await load(); // scope and existence are checked before the stream opens
      res.set({
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      const send = (data: unknown) => res.write(`event: rates\ndata: ${JSON.stringify(data)}\n\n`);
      send(first);
      const unsubscribe = deps.events?.subscribe(
        throttled(roundId, () => load().then(send, () => undefined)),
      );
      const heartbeat = setInterval(() => res.write(': still here\n\n'), 25_000);
      req.on('close', () => {
        unsubscribe?.();
        clearInterval(heartbeat);
      });
    },
  );

  router.get(
    '/api/rounds/:roundId/response-rates',
    api,
    described({ query: RatePageQuery }),
    async (req, res) => {
      const ask = parseInput(RatePageQuery, req.query, 'response rate query');
      const roundId = req.params.roundId as string;
      const data = await loadRoundDistribution(deps.db, staffOf(res), roundId, deps.publicUrl, today(), ask);
      res.set('Cache-Control', 'no-store').json(data);
    },
  );

  // The units to choose from when sending personal links or invitations: names only.
  router.get('/api/rounds/:roundId/units', api, async (req, res) => {
    res.json(await loadRoundUnitChoices(deps.db, staffOf(res), req.params.roundId as string));
  });

  // The codes leave once, as a CSV download: the database keeps only their hashes.
  router.post(
    '/api/rounds/:roundId/tokens',
    api,
    json,
    described({ body: PersonalLinksRequest }),
    async (req, res) => {
      const ask = parseInput(PersonalLinksRequest, req.body, 'personal links request');
      const roundId = req.params.roundId as string;
      const issued = await issueTokens(deps.db, staffOf(res), { roundId, ...ask }, deps.now());
      const file = `personal-links-${issued.unitName.replace(/[^A-Za-z0-9]+/g, '-')}.csv`;
      res
        .status(201)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${file}"`)
        .set('Cache-Control', 'no-store')
        .send(tokensCsv(deps.publicUrl, issued.unitName, issued.codes));
    },
  );

  // Personal links only, or open links again (only while the round is scheduled): 409 otherwise.
  router.patch('/api/rounds/:roundId', api, json, described({ body: RoundLinkPolicy }), async (req, res) => {
    const roundId = req.params.roundId as string;
    res.json(await changeRoundLinkPolicy(deps.db, staffOf(res), roundId, req.body, deps.now()));
  });

  router.get('/api/rounds/:roundId/invitations', api, async (req, res) => {
    const counts = await loadInvitationCounts(deps.db, staffOf(res), req.params.roundId as string);
    res.set('Cache-Control', 'no-store').json(counts);
  });

  router.post(
    '/api/rounds/:roundId/invitations',
    api,
    addresses,
    described({ body: InvitationRequest }),
    async (req, res) => {
      const ask = parseInput(InvitationRequest, req.body, 'invitation request');
      const roundId = req.params.roundId as string;
      res.status(202).json(await inviteByEmail(deps, staffOf(res), { roundId, ...ask }, deps.now()));
    },
  );

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
