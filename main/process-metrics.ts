import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { JobQueue, QueueStats } from '../jobs/define-job';
import { httpMetrics, type HttpMetrics } from '../server/observability/http-metrics';

/**
 * One registry per process (server, worker, or both in one): Prometheus scrapes each process and
 * sums across them. The series are named in README (Operations) and drawn by docs/grafana-dashboard.json.
 */
export interface ProcessMetrics {
  registry: Registry;
  http: HttpMetrics;
  jobSeconds: Histogram<'job' | 'outcome'>;
  /** From the queueing of a recompute (a response's, within the coalescing window) to its end. */
  submitToIndicatorSeconds: Histogram;
  auditSeconds: Histogram;
  mailSent: Counter;
  mailFailed: Counter;
  importRows: Counter<'kind'>;
  pdfRenders: Counter<'outcome'>;
  pdfRenderSeconds: Histogram;
}

const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];

export function processMetrics(): ProcessMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    http: httpMetrics(registry),
    jobSeconds: new Histogram({
      name: 'malbar_job_duration_seconds',
      help: 'Run time of a job (indicators.recompute-round is the recompute), by job name and outcome',
      labelNames: ['job', 'outcome'] as const,
      buckets: JOB_BUCKETS,
      registers,
    }),
    submitToIndicatorSeconds: new Histogram({
      name: 'malbar_submit_to_indicator_lag_seconds',
      help: 'From a response queueing its round recompute to that recompute ending: how stale a dashboard is',
      buckets: [0.5, 1, 2, 3, 5, 10, 20, 30, 60, 120, 300],
      registers,
    }),
    auditSeconds: new Histogram({
      name: 'malbar_anonymity_audit_duration_seconds',
      help: 'Time of one release audit (the round with its earlier releases)',
      buckets: JOB_BUCKETS,
      registers,
    }),
    mailSent: new Counter({
      name: 'malbar_mail_sent_total',
      help: 'Mails handed to SMTP (or the outbox)',
      registers,
    }),
    mailFailed: new Counter({
      name: 'malbar_mail_failed_total',
      help: 'Mails SMTP refused or could not take',
      registers,
    }),
    importRows: new Counter({
      name: 'malbar_import_rows_total',
      help: 'Rows read from uploaded files by finished imports, by kind (sick-leave, measured)',
      labelNames: ['kind'] as const,
      registers,
    }),
    pdfRenders: new Counter({
      name: 'malbar_pdf_renders_total',
      help: 'Reports printed to PDF, by outcome (ok, failed)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    pdfRenderSeconds: new Histogram({
      name: 'malbar_pdf_render_duration_seconds',
      help: 'Time to print one report to PDF, waiting for a renderer included',
      buckets: [0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
  };
}

/**
 * The queue's depth by state and the age of its oldest waiting job, read when Prometheus scrapes.
 * Only in processes that run jobs: every server asking the same Redis would report it N times.
 */
export function watchQueue(metrics: ProcessMetrics, queue: JobQueue): void {
  let latest: Promise<QueueStats | null> | null = null;
  // Both gauges are set from one read per scrape.
  const read = () =>
    (latest ??= queue
      .stats()
      .catch(() => null)
      .finally(() => setImmediate(() => (latest = null))));
  new Gauge({
    name: 'malbar_queue_jobs',
    help: 'Jobs in the queue by state (waiting, active, delayed, failed)',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    async collect() {
      const stats = await read();
      this.reset();
      if (!stats) return;
      for (const state of ['waiting', 'active', 'delayed', 'failed'] as const)
        this.set({ state }, stats[state]);
    },
  });
  new Gauge({
    name: 'malbar_queue_oldest_waiting_seconds',
    help: 'Age of the oldest job ready to run and not yet started (0 when none)',
    registers: [metrics.registry],
    async collect() {
      const stats = await read();
      if (stats) this.set(stats.oldestWaitingSeconds);
    },
  });
}
