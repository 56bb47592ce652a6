import express from 'express';
import { Pool } from 'pg';

/**
 * The ceiling of `npm run bench:intake`: the least a server must do to take a response — Express
 * with express.json and a pg Pool of the product's size, whose POST route inserts the body's answers
 * into the same `responses` table for the same link (ids from a map loaded at start). No
 * validation, scoring, recompute marker, queue or rate limit.
 *
 *   tsx scripts/bench/intake/ceiling-server.ts <database-url> <port> <pool-size>
 */
async function main() {
  const [databaseUrl, port, poolSize] = process.argv.slice(2);
  if (!databaseUrl || !port || !poolSize)
    throw new Error('usage: ceiling-server <database-url> <port> <pool-size>');
  const pool = new Pool({ connectionString: databaseUrl, max: Number(poolSize) });
  const links = await pool.query<{
    code: string;
    municipality_id: string;
    round_id: string;
    unit_id: string;
  }>('select code, municipality_id, round_id, unit_id from round_links');
  const byCode = new Map(links.rows.map((l) => [l.code, l]));

  const app = express();
  app.get('/healthz', async (_req, res) => {
    await pool.query('select 1');
    res.json({ status: 'ok' });
  });
  app.post('/api/s/:code/responses', express.json({ limit: '256kb' }), async (req, res) => {
    const link = byCode.get(req.params.code);
    if (!link) return void res.status(404).json({ error: { code: 'not_found' } });
    const body = req.body as { submissionId?: string; answers?: unknown };
    const inserted = await pool.query<{ id: string }>(
      `insert into responses (municipality_id, round_id, unit_id, submission_id, answers, submitted_on)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        link.municipality_id,
        link.round_id,
        link.unit_id,
        body.submissionId ?? null,
        JSON.stringify(body.answers),
        new Date().toISOString().slice(0, 10),
      ],
    );
    res.status(201).json({ id: inserted.rows[0]!.id });
  });
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    res.status(500).json({ error: { code: 'internal' } });
  });
  const server = app.listen(Number(port), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void pool.end().then(() => process.exit(0)));
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
