import { Router } from 'express';
import { z } from 'zod';
import { NotFound, ValidationFailed } from '../../core/errors';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { pickLocale } from '../http/pick-locale';
import { renderLinkSheetPage } from '../pages/link-sheet-page';
import { loadLinkSheet } from '../use-cases/link-sheet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SheetQuery = z.object({ unit: z.string().regex(UUID, 'must be a unit id').optional() });

export interface LinkSheetDeps extends SessionDeps {
  /** Where respondents reach Målbar: PUBLIC_URL, or in development the server's own address. */
  publicUrl: string;
}

/** Printable sheets of a round's respondent links as QR codes, limited to the user's scope. */
export function linkSheetRoutes(deps: LinkSheetDeps): Router {
  const router = Router();
  const page = requireStaff(deps, 'page');
  router.param('roundId', (_req, _res, next, value: string) =>
    next(UUID.test(value) ? undefined : new NotFound(`There is no round ${value}`)),
  );

  router.get('/dashboard/rounds/:roundId/sheet', page, async (req, res) => {
    const query = SheetQuery.safeParse(req.query);
    if (!query.success)
      throw new ValidationFailed(
        'Invalid query',
        query.error.issues.map((i) => ({ field: i.path.join('.') || '(query)', issue: i.message })),
      );
    const staff = staffOf(res);
    const sheet = await loadLinkSheet(deps.db, staff, {
      roundId: req.params.roundId as string,
      unitId: query.data.unit,
      baseUrl: deps.publicUrl,
    });
    res.type('html').send(renderLinkSheetPage(sheet, pickLocale(req, 'da')));
  });

  return router;
}
