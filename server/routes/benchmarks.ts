import express, { Router } from 'express';
import { ValidationFailed } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { importBenchmarks, loadBenchmarks, BenchmarkDefaults } from '../use-cases/benchmarks';
import { described } from '../openapi/described';

// KOSTRA's 356 municipalities × a few indicators × years is well under 1 MB; more is a mistake.
const CSV_LIMIT = '4mb';

export type BenchmarkDeps = SessionDeps & { db: Db };

/**
 * Key figures of other municipalities: the import and the group averages (issue 7); the app's
 * Benchmarks screen (/app/benchmarks) reads and sends these.
 */
export function benchmarkRoutes(deps: BenchmarkDeps): Router {
  const router = Router();
  const api = requireStaff(deps, 'api');
  const csvBody = express.text({ type: ['text/csv', 'text/plain'], limit: CSV_LIMIT });

  router.get('/api/benchmarks', api, async (_req, res) => {
    res.json(await loadBenchmarks(deps.db, staffOf(res)));
  });
  router.post(
    '/api/benchmarks/import',
    api,
    csvBody,
    described({ query: BenchmarkDefaults }),
    async (req, res) => {
      if (typeof req.body !== 'string')
        throw new ValidationFailed('No file', [{ field: '(body)', issue: 'send the CSV as text/csv' }]);
      const report = await importBenchmarks(deps.db, staffOf(res), req.body, req.query);
      res.status(report.applied ? 200 : 422).json(report);
    },
  );
  return router;
}
