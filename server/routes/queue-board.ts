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
 * The board's own Express app, with its UI served from node_modules, built on its first request:
 * Bull Board takes most of a second to load, and few processes ever show it. Its page asks Google
 * Fonts for a typeface: the policy keeps every request on this server (the UI falls back to
 * system fonts).
 */
function bullBoard(queues: Queue[]): Handler {
  let board: Promise<Handler> | null = null;
  return (req, res, next) => {
    board ??= buildBoard(queues);
    board.then((handle) => {
      res.set(
        'Content-Security-Policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
          "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
      handle(req, res, next);
    }, next);
  };
}

async function buildBoard(queues: Queue[]): Promise<Handler> {
  const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }] = await Promise.all([
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/express'),
  ]);
  const adapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { displayName: 'Målbar jobs' })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Målbar' } },
  });
  const board = adapter.getRouter() as Handler & { disable(setting: string): void };
  board.disable('x-powered-by');
  return board;
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
