import express, { Router, type Request } from 'express';
import { ValidationFailed } from '../../core/errors';
import type { Db } from '../../db/database';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { renderBenchmarksPage, type BenchmarkNotice } from '../pages/benchmarks-page';
import { importBenchmarks, loadBenchmarks } from '../use-cases/benchmarks';

// KOSTRA's 356 municipalities × a few indicators × years is well under 1 MB; more is a mistake.
const CSV_LIMIT = '4mb';

export type BenchmarkDeps = SessionDeps & { db: Db };

type Form = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const countOf = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : 0);
const noticeOf = (req: Request): BenchmarkNotice =>
  req.query.imported === undefined
    ? { kind: 'none' }
    : { kind: 'imported', imported: countOf(req.query.imported), replaced: countOf(req.query.replaced) };

/** Key figures of other municipalities: an import (form and API) and the group averages (issue 7). */
export function benchmarkRoutes(deps: BenchmarkDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  const api = requireStaff(deps, 'api');
  const csvForms = express.urlencoded({ extended: false, limit: CSV_LIMIT, parameterLimit: 10 });
  const csvBody = express.text({ type: ['text/csv', 'text/plain'], limit: CSV_LIMIT });

  router.get('/dashboard/benchmarks', page, async (req, res) => {
    const staff = staffOf(res);
    res.type('html').send(renderBenchmarksPage(await loadBenchmarks(deps.db, staff), staff, noticeOf(req)));
  });
  router.post('/dashboard/benchmarks/import', page, csvForms, async (req, res) => {
    const staff = staffOf(res);
    const form = req.body as Form;
    const csv = text(form.csv);
    const report = await importBenchmarks(deps.db, staff, csv, {
      source: form.source,
      vintage: form.vintage,
    });
    if (report.applied) {
      const counts = new URLSearchParams({
        imported: String(report.imported),
        replaced: String(report.replaced),
      });
      res.redirect(303, `/dashboard/benchmarks?${counts}`);
      return;
    }
    const failed = {
      kind: 'failed' as const,
      errors: report.errors,
      csv,
      source: text(form.source),
      vintage: text(form.vintage),
    };
    res
      .status(422)
      .type('html')
      .send(renderBenchmarksPage(await loadBenchmarks(deps.db, staff), staff, failed));
  });

  router.get('/api/benchmarks', api, async (_req, res) => {
    res.json(await loadBenchmarks(deps.db, staffOf(res)));
  });
  router.post('/api/benchmarks/import', api, csvBody, async (req, res) => {
    if (typeof req.body !== 'string')
      throw new ValidationFailed('No file', [{ field: '(body)', issue: 'send the CSV as text/csv' }]);
    const report = await importBenchmarks(deps.db, staffOf(res), req.body, req.query);
    res.status(report.applied ? 200 : 422).json(report);
  });
  return router;
}
