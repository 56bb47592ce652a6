import express, { Router } from 'express';
import { z } from 'zod';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { parseInput } from '../http/parse';
import {
  addMeasuredDefinition,
  changeMeasuredDefinition,
  listMeasuredDefinitionViews,
} from '../use-cases/measured-definitions';
import { loadMeasuredFigures } from '../use-cases/measured-figures';
import { enterMeasuredValues, MeasuredValuesEntry } from '../use-cases/measured-values-entry';
import { described } from '../openapi/described';
import { MeasuredDefinition } from '../../core/measured/measured-definition';

export const AddDefinition = z.union([
  z.object({ fromLibrary: z.string().max(63) }).strict(),
  z.object({ definition: z.unknown() }).strict(),
]);

export const FiguresQuery = z.object({
  period: z.enum(['own', 'year']).default('own'),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
});

/** Measured indicators (issue 20): definitions, figures, entry by hand. Imports: measured-imports.ts. */
export function measuredIndicatorRoutes(deps: SessionDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  // A thousand values by hand is about 150 kB.
  const json = express.json({ limit: '256kb' });
  router.get('/api/measured/definitions', api, async (_req, res) => {
    res.json(await listMeasuredDefinitionViews(deps.db, staffOf(res)));
  });
  router.post(
    '/api/measured/definitions',
    api,
    json,
    described({ body: AddDefinition }),
    async (req, res) => {
      const body = parseInput(AddDefinition, req.body, 'measured indicator');
      res.status(201).json({ definition: await addMeasuredDefinition(deps, staffOf(res), body) });
    },
  );
  router.put(
    '/api/measured/definitions/:key',
    api,
    json,
    described({ body: MeasuredDefinition }),
    async (req, res) => {
      const key = req.params.key as string;
      res.json({ definition: await changeMeasuredDefinition(deps, staffOf(res), key, req.body) });
    },
  );
  router.get('/api/measured/:key/figures', api, described({ query: FiguresQuery }), async (req, res) => {
    const ask = parseInput(FiguresQuery, req.query, 'figures query');
    res.json(await loadMeasuredFigures(deps.db, staffOf(res), req.params.key as string, ask));
  });
  router.put(
    '/api/measured/:key/values',
    api,
    json,
    described({ body: MeasuredValuesEntry }),
    async (req, res) => {
      res.json(await enterMeasuredValues(deps, staffOf(res), req.params.key as string, req.body));
    },
  );
  return router;
}
