import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidDefinition } from '../../core/errors';
import { ConfigError, parseConfig } from '../../main/config';
import { readSurveyDefinitions, SURVEY_DEFINITIONS_DIR } from '../../main/read-survey-definitions';
import { getJson } from '../support/http';
import { STORES } from '../support/stores';

for (const kind of STORES) {
  describe(`${kind.name}: health`, () => {
    it('when the database and the queue are up, then /readyz says ready and names the queue kind', async () => {
      const store = await kind.start();
      try {
        const res = await getJson(`${store.url}/readyz`);
        expect(res).toEqual({
          status: 200,
          body: {
            status: 'ready',
            database: { kind: store.malbar.database.kind, ok: true },
            queue: { kind: kind.name.startsWith('postgres') ? 'redis' : 'in-process', ok: true },
          },
        });
      } finally {
        await store.stop();
      }
    });
  });
}

describe('configuration', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ DEMO_SEED: 'sometimes' }, 'DEMO_SEED'],
  ])('when the environment has %j, then start-up stops naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it.each([
    ['', false],
    ['1', 1],
    ['10.0.0.0/8, loopback,2001:db8::1', ['10.0.0.0/8', 'loopback', '2001:db8::1']],
  ])('when TRUST_PROXY is %j, then Express is told to trust %j', (value, expected) => {
    expect(parseConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['true', '10.0.0.0/33', 'proxy.example'])(
    'when TRUST_PROXY is %j, then start-up stops naming it',
    (value) => {
      expect(() => parseConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY:/);
    },
  );

  it.each([
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ METRICS_PORT: '70000' }, 'METRICS_PORT'],
  ])('when the environment has %j, then start-up stops naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('when LOG_LEVEL and METRICS_PORT are set, then the logs and the metrics port follow them', () => {
    const config = parseConfig({ LOG_LEVEL: 'warn', METRICS_PORT: '9464' });
    expect(config.logLevel).toBe('warn');
    expect(config.metrics).toEqual({ port: 9464, host: '127.0.0.1' }); // HOST's, unless METRICS_HOST
  });

  it('when nothing is set, then it is the embedded default', () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data/pglite' });
    expect(config.queue).toEqual({ kind: 'in-process' });
    expect(config.logLevel).toBe('info');
    expect(config.metrics).toBeNull();
    expect(Object.isFrozen(config)).toBe(true);
  });
});

describe('survey definitions at start', () => {
  it('when the shipped definitions are read, then every instrument is checked and returned', () => {
    const keys = readSurveyDefinitions().map((d) => d.instrumentKey);
    expect(keys.sort()).toEqual([
      'care-user-satisfaction',
      'employee-wellbeing',
      'initiative-assessment',
      'parent-satisfaction',
      'pupil-wellbeing',
    ]);
  });

  it('when an indicator scores an item the survey does not have, then start-up stops naming the file and the item', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malbar-defs-'));
    try {
      fs.cpSync(path.join(SURVEY_DEFINITIONS_DIR, 'pupil-wellbeing'), path.join(dir, 'pupil-wellbeing'), {
        recursive: true,
      });
      const file = path.join(dir, 'pupil-wellbeing', 'indicators.json');
      const indicators = JSON.parse(fs.readFileSync(file, 'utf8'));
      indicators.itemScores.no_such_item = { '1': 1 };
      fs.writeFileSync(file, JSON.stringify(indicators));
      expect(() => readSurveyDefinitions(dir)).toThrow(InvalidDefinition);
      expect(() => readSurveyDefinitions(dir)).toThrow(/pupil-wellbeing\/indicators\.json.*no_such_item/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
