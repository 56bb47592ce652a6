import { Counter, Histogram, type Registry } from 'prom-client';

/** The HTTP side's series (docs/grafana-dashboard.json reads them). */
export interface HttpMetrics {
  /** Per route pattern (never the URL: links carry codes), method and status. */
  requestSeconds: Histogram<'method' | 'route' | 'status'>;
  /** Respondents' answers stored as new responses. */
  answersAccepted: Counter;
  /** The same submission sent again (a retry after a lost answer): stored once, answered 200. */
  answersRepeated: Counter;
  /** Answers not stored, by the refusal's code (validation_failed, round_not_open, too_many_requests …). */
  answersRefused: Counter<'reason'>;
}

export function httpMetrics(registry: Registry): HttpMetrics {
  return {
    requestSeconds: new Histogram({
      name: 'malbar_http_request_duration_seconds',
      help: 'Time from a request arriving to its response being written, by route pattern',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    answersAccepted: new Counter({
      name: 'malbar_answers_accepted_total',
      help: 'Respondents answers stored as new responses',
      registers: [registry],
    }),
    answersRepeated: new Counter({
      name: 'malbar_answers_repeated_total',
      help: 'Submissions sent again that were already stored (answered 200, stored once)',
      registers: [registry],
    }),
    answersRefused: new Counter({
      name: 'malbar_answers_refused_total',
      help: 'Respondents answers not stored, by reason (the error code the respondent got)',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  };
}
