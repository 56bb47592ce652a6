import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Router, type Handler, type RequestHandler } from 'express';
import { Forbidden } from '../../core/errors';
import type { JobQueue } from '../../jobs/define-job';
import { requireStaff, staffOf, type SessionDeps } from '../auth/staff-sessions';
import { html } from '../pages/html';
import { signInLayout } from '../pages/sign-in-layout';
import { pickLocale } from '../http/pick-locale';
import { translator } from '../../core/messages/message-catalogue';
import { pageMessages } from '../../core/messages/page-messages';

export const QUEUE_BOARD_PATH = '/admin/queues';

export type QueueBoardDeps = SessionDeps & { queue: JobQueue };

/**
 * Bull Board for administrators: every job through Redis, its data (ids only) and failures, with
 * retry. With the in-process queue there is no queue to show, and the page says so.
 */
export function queueBoardRoutes(deps: QueueBoardDeps): Router {
  const router = Router();
  const queues = deps.queue.bullQueues?.();
  router.use(
    QUEUE_BOARD_PATH,
    requireStaff(deps, 'page'),
    requireAdmin,
    queues ? bullBoard(queues) : inProcessPage,
  );
  return router;
}

const requireAdmin: RequestHandler = (_req, res, next) =>
  next(staffOf(res).role === 'admin' ? undefined : new Forbidden('The queue board is for administrators'));

/**
 * The board's own Express app, with its UI served from node_modules. Its page asks Google Fonts
 * for a typeface: the policy keeps every request on this server (the UI falls back to system fonts).
 */
function bullBoard(queues: Queue[]): Handler[] {
  const adapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { displayName: 'Målbar jobs' })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Målbar' } },
  });
  const board = adapter.getRouter() as Handler & { disable(setting: string): void };
  board.disable('x-powered-by');
  const sameOriginOnly: Handler = (_req, res, next) => {
    res.set(
      'Content-Security-Policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    next();
  };
  return [sameOriginOnly, board];
}

const inProcessPage: Handler = (req, res, next) => {
  if (req.path !== '/') return next();
  const locale = pickLocale(req, 'da');
  const t = translator(pageMessages, locale);
  res.type('html').send(
    signInLayout({
      locale,
      title: t('queues.title'),
      path: QUEUE_BOARD_PATH,
      body: html`<section class="login">
        <h1>${t('queues.title')}</h1>
        <p>${t('queues.inProcess')}</p>
        <p><a href="/app/admin/users">${t('queues.back')}</a></p>
      </section>`,
    }),
  );
};
