import { EventEmitter } from 'node:events';
import IORedis from 'ioredis';
import type { RedisTarget } from './bullmq-queue';

/**
 * "A round's figures changed": the worker says so when a recompute has committed, and every
 * server process pushes fresh response rates to the dashboards that have the round open. Through
 * Redis pub/sub when there is Redis (any number of servers and workers), else within the process.
 * Losing an event costs a dashboard one update (it also refreshes on its own), never data.
 */
export interface RoundEvents {
  publish(roundId: string): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (roundId: string) => void): () => void;
  close(): Promise<void>;
}

export function inProcessRoundEvents(): RoundEvents {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one per open dashboard
  return {
    async publish(roundId) {
      emitter.emit('round', roundId);
    },
    subscribe(listener) {
      emitter.on('round', listener);
      return () => emitter.off('round', listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export function redisRoundEvents(target: RedisTarget, onError: (error: unknown) => void): RoundEvents {
  const channel = `${target.prefix}:round-changed`;
  const local = inProcessRoundEvents();
  const options = { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false };
  const publisher = new IORedis(target.url, options);
  publisher.on('error', onError);
  // A subscribed connection can do nothing else, so it is its own, opened with the first listener.
  let subscriber: IORedis | null = null;
  const listen = () => {
    subscriber = new IORedis(target.url, { ...options, enableOfflineQueue: true });
    subscriber.on('error', onError);
    subscriber.on('message', (_channel: string, roundId: string) => void local.publish(roundId));
    subscriber.subscribe(channel).catch(onError);
  };
  return {
    async publish(roundId) {
      if (publisher.status === 'wait') await publisher.connect().catch(onError);
      await publisher.publish(channel, roundId).catch(onError);
    },
    subscribe(listener) {
      if (subscriber === null) listen();
      return local.subscribe(listener);
    },
    async close() {
      await local.close();
      publisher.disconnect();
      subscriber?.disconnect();
    },
  };
}
