import { SERVER_NODE_ARGS } from '../../../main/node-args';
import type { BenchContext } from './bench-context';
import { distinctFreePorts, startChild, stopChildren, waitForHealth } from './child-processes';
import { measurePhase, type PhaseResult } from './measure-phase';
import { profileArgs } from './options';

/**
 * ceiling-server.ts, `--servers` times, with the product's pool size, its server's Node options and
 * the same load.
 */
export async function runCeilingPhase(ctx: BenchContext): Promise<PhaseResult> {
  const { options } = ctx;
  const ports = await distinctFreePorts(options.servers);
  const servers = ports.map((port, i) =>
    startChild(ports.length > 1 ? `ceiling ${i + 1}` : 'ceiling', 'scripts/bench/intake/ceiling-server.ts', {
      args: [ctx.databaseUrl, String(port), String(options.pool)],
      nodeArgs: [...SERVER_NODE_ARGS, ...profileArgs(options)],
    }),
  );
  for (const server of servers) ctx.running.add(server);
  try {
    await Promise.all(servers.map((s, i) => waitForHealth(s, `http://127.0.0.1:${ports[i]}/healthz`)));
    return await measurePhase({
      label: 'ceiling',
      ports,
      processes: servers,
      templates: ctx.templates,
      settings: options,
      sql: ctx.sql,
      databaseName: ctx.databaseName,
    });
  } finally {
    await stopChildren(servers);
    for (const server of servers) ctx.running.delete(server);
  }
}
