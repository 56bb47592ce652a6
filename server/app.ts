import path from 'node:path';
import express, { type Express } from 'express';
import type { Db } from '../db/database';
import type { InstrumentCache } from '../db/instrument-cache';
import type { JobQueue } from '../jobs/define-job';
import type { RoundEvents } from '../jobs/round-events';
import type { ResponseBatcher } from './intake/response-batcher';
import type { PdfPrinter } from './reports/pdf-printer';
import { emptyBodyByDefault } from './http/empty-body';
import { reportPdfs } from './reports/report-pdfs';
import { errorMiddleware } from './http/error-middleware';
import { readableAddress } from './http/readable-address';
import { sameOriginGuard } from './http/same-origin-guard';
import { noStoreByDefault, securityHeaders } from './http/security-headers';
import { organisationAdminRoutes } from './routes/admin-organisation';
import { adminRoundRoutes } from './routes/admin-rounds';
import { benchmarkRoutes } from './routes/benchmarks';
import { networkRoutes } from './routes/networks';
import { adminUserRoutes } from './routes/admin-users';
import { auditTrailRoutes } from './routes/audit-trail';
import { adminPagesMovedRoutes } from './routes/admin-pages-moved';
import { contractPagesMovedRoutes } from './routes/contract-pages-moved';
import { importPagesMovedRoutes } from './routes/import-pages-moved';
import { roundPagesMovedRoutes } from './routes/round-pages-moved';
import { dashboardRoutes } from './routes/dashboard';
import { dashboardAppRoutes } from './routes/dashboard-app';
import { distributionRoutes } from './routes/distribution';
import { exportRoutes } from './routes/exports';
import { goalActionRoutes } from './routes/goal-actions';
import { contractRoutes } from './routes/contracts';
import { followUpReportRoutes } from './routes/follow-up-reports';
import { healthRoutes } from './routes/health';
import { initiativeRoutes } from './routes/initiatives';
import { linkSheetRoutes } from './routes/link-sheets';
import { publicPageRoutes } from './routes/public-pages';
import { queueBoardRoutes } from './routes/queue-board';
import { queueInRequestContext, runInRequestContext } from '../jobs/request-context';
import { respondRoutes } from './routes/respond';
import { respondentAnswerRoutes } from './routes/respondent-answers';
import { roundReleaseRoutes } from './routes/round-releases';
import { sickLeaveFigureRoutes } from './routes/sick-leave-figures';
import { sickLeaveImportRoutes } from './routes/sick-leave-imports';
import { measuredImportRoutes } from './routes/measured-imports';
import { measuredIndicatorRoutes } from './routes/measured-indicators';
import { ownInstrumentRoutes } from './routes/own-instruments';
import { staffAuthRoutes } from './routes/staff-auth';
import { accountPasswordRoutes } from './routes/account-password';
import { passwordResetRoutes } from './routes/password-reset';
import { answerLimits, type AnswerAllowance, type AnswerLimitKind } from './throttle/answer-limits';
import type { LimiterStore } from './throttle/limiter-store';
import { resetRequestThrottle, type ResetRequestLimits } from './throttle/reset-request-throttle';
import { signInThrottle, type SignInLimits } from './throttle/sign-in-throttle';
import { adminApiTokenRoutes } from './routes/admin-api-tokens';
import { adminRetentionRoutes } from './routes/admin-retention';
import { adminSsoRoutes } from './routes/admin-sso';
import { ssoSignInRoutes } from './routes/sso-sign-in';
import { oidcClients } from './auth/oidc-client';
import { migrationsApplied } from '../db/repositories/applied-migrations';
import { observeRequests, type RequestObservation } from './observability/observe-requests';
import { OPENAPI_PATH, openApiJson } from './openapi/openapi-route';

export interface AppDeps {
  db: Db;
  databaseKind: 'postgres' | 'pglite';
  queue: JobQueue;
  instruments: InstrumentCache;
  sessionSecret: string;
  secureCookies: boolean;
  /**
   * The address people reach this installation at, for links, QR codes, CSVs and mails: PUBLIC_URL,
   * or in development the server's own address. Never the request's Host, which the sender chooses.
   */
  publicUrl: string;
  now: () => Date;
  log: (message: string, error?: unknown) => void;
  /** Prints follow-up reports to PDF; without it the PDF links answer 503. */
  pdf?: PdfPrinter;
  /** Tells open dashboards that a round's figures changed (server-sent events). */
  events?: RoundEvents;
  /** Group commit for open-link responses; the caller drains it on shutdown (else the app makes its own). */
  intake?: ResponseBatcher;
  /** Where sign-in throttling and answer limits count, shared by every server process. */
  limiterStore: LimiterStore;
  /** Sign-in limits; tests set small ones, installations keep the defaults (sign-in-throttle.ts). */
  signInLimits?: SignInLimits;
  /** Tests only: other limits for "forgot password" mails (default RESET_REQUEST_LIMITS). */
  resetRequestLimits?: ResetRequestLimits;
  /** Answer allowances per link or token; tests only (answer-limits.ts has the installations'). */
  answerAllowances?: Partial<Record<AnswerLimitKind, AnswerAllowance>>;
  /** Express' `trust proxy`: which proxies' X-Forwarded-For to believe (TRUST_PROXY). */
  trustProxy: boolean | number | string[];
  /** A log line and a latency observation per request, with its id (observe-requests.ts). */
  observe?: RequestObservation;
}

const root = path.join(__dirname, '..');

/** The Express app, with no listen(): the caller owns the port (0 in tests). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  if (deps.observe) app.use(observeRequests(deps.observe));
  const today = () => deps.now().toISOString().slice(0, 10);
  const respondents = { db: deps.db, queue: deps.queue, instruments: deps.instruments, today, log: deps.log };
  // Answers first: the busiest path needs few of the layers below (respondent-answers.ts says which).
  app.use(
    respondentAnswerRoutes({
      ...respondents,
      batcher: deps.intake,
      answerLimits: answerLimits(deps.limiterStore, deps.answerAllowances),
      https: deps.secureCookies,
    }),
  );
  app.use(securityHeaders({ https: deps.secureCookies }));
  app.use(readableAddress);
  app.use(emptyBodyByDefault);
  const assets = { fallthrough: false, maxAge: '1h' };
  app.use('/assets/survey-core', express.static(path.join(root, 'node_modules/survey-core'), assets));
  app.use('/assets/survey-js-ui', express.static(path.join(root, 'node_modules/survey-js-ui'), assets));
  app.use('/assets/web', express.static(path.join(root, 'dist/web'), { maxAge: '1h' }));
  app.use('/assets/web', express.static(path.join(root, 'web'), { ...assets, extensions: ['css'] }));
  app.use(noStoreByDefault);
  app.use(sameOriginGuard(deps.publicUrl));

  const sessions = {
    db: deps.db,
    sessionSecret: deps.sessionSecret,
    now: deps.now,
    secureCookies: deps.secureCookies,
  };
  app.use(
    healthRoutes({
      migrationsApplied: () => migrationsApplied(deps.db),
      databaseKind: deps.databaseKind,
      queueKind: deps.queue.kind,
      pingQueue: () => deps.queue.ping(),
    }),
  );
  app.use(respondRoutes(respondents));
  // Staff actions from here on: the jobs they queue carry their request id (jobs/request-context.ts).
  const staffQueue = queueInRequestContext(deps.queue);
  app.use((_req, res, next) => runInRequestContext(res.locals.requestId as string | undefined, next));
  const signIn = signInThrottle(deps.limiterStore, deps.signInLimits);
  app.use(staffAuthRoutes({ ...sessions, signInThrottle: signIn }));
  app.use(accountPasswordRoutes(sessions));
  const resetThrottle = resetRequestThrottle(deps.limiterStore, deps.resetRequestLimits);
  app.use(passwordResetRoutes({ ...sessions, queue: staffQueue, log: deps.log, resetThrottle }));
  app.use(
    ssoSignInRoutes({ ...sessions, publicUrl: deps.publicUrl, oidc: oidcClients(deps.now), log: deps.log }),
  );
  app.use(adminSsoRoutes({ ...sessions, publicUrl: deps.publicUrl }));
  app.use(dashboardAppRoutes(sessions));
  app.use(queueBoardRoutes({ ...sessions, queue: staffQueue }));
  app.use(dashboardRoutes({ ...sessions, instruments: deps.instruments, queue: staffQueue }));
  app.use(roundReleaseRoutes({ ...sessions, queue: staffQueue }));
  app.use(linkSheetRoutes({ ...sessions, publicUrl: deps.publicUrl }));
  app.use(goalActionRoutes(sessions));
  const pdfs = reportPdfs({ db: deps.db, pdf: deps.pdf });
  const reports = { instruments: deps.instruments, pdfs, publicUrl: deps.publicUrl };
  app.use(
    contractRoutes({
      ...sessions,
      instruments: deps.instruments,
      queue: staffQueue,
      publicUrl: deps.publicUrl,
    }),
  );
  app.use(followUpReportRoutes({ ...sessions, ...reports }));
  app.use(publicPageRoutes({ db: deps.db, now: deps.now, ...reports }));
  app.use(initiativeRoutes({ ...sessions, instruments: deps.instruments }));
  app.use(exportRoutes({ ...sessions, instruments: deps.instruments }));
  app.use(adminUserRoutes(sessions));
  app.use(auditTrailRoutes(sessions));
  app.use(adminRetentionRoutes(sessions));
  app.use(adminApiTokenRoutes(sessions));
  app.use(adminPagesMovedRoutes());
  app.use(contractPagesMovedRoutes());
  app.use(importPagesMovedRoutes());
  app.use(roundPagesMovedRoutes());
  app.use(organisationAdminRoutes(sessions));
  app.use(adminRoundRoutes({ ...sessions, instruments: deps.instruments }));
  app.use(sickLeaveFigureRoutes(sessions));
  app.use(sickLeaveImportRoutes({ ...sessions, queue: staffQueue, log: deps.log }));
  app.use(measuredImportRoutes({ ...sessions, queue: staffQueue, log: deps.log }));
  app.use(measuredIndicatorRoutes(sessions));
  app.use(ownInstrumentRoutes(sessions));
  app.use(benchmarkRoutes(sessions));
  app.use(networkRoutes({ ...sessions, instruments: deps.instruments }));
  app.use(
    distributionRoutes({
      ...sessions,
      publicUrl: deps.publicUrl,
      queue: staffQueue,
      events: deps.events,
      log: deps.log,
    }),
  );
  app.get(OPENAPI_PATH, openApiJson(app, deps.publicUrl));
  app.get('/', (_req, res) => res.redirect(303, '/app'));
  app.use((_req, res) => res.status(404).json({ error: { code: 'not_found', message: 'No such page' } }));
  app.use(errorMiddleware((error, requestId) => deps.log(`unhandled error (request ${requestId})`, error)));
  return app;
}
