import type { Express } from 'express';
import { descriptionOf, type RouteDescription } from './described';

/** One method on one path, as the app registered it (Express syntax: `/api/units/:unitId`). */
export interface RegisteredRoute {
  method: string;
  path: string;
  description?: RouteDescription;
}

/** The parts of Express 5's router (the `router` package) this reads; it exports no types for them. */
interface Layer {
  rawPath?: unknown;
  route?: { path: string | string[]; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle: unknown;
}

/**
 * Every route the app answers, read from its own router stack (nested routers included), so the
 * document cannot miss one: a route exists here because Express would dispatch to it.
 */
export function registeredRoutes(app: Express): RegisteredRoute[] {
  return routesOf((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

function routesOf(stack: Layer[], prefix: string): RegisteredRoute[] {
  return stack.flatMap((layer) => {
    if (layer.route) return routeLayer(layer.route, prefix);
    const nested = (layer.handle as { stack?: unknown }).stack;
    if (!Array.isArray(nested)) return [];
    // A router mounted at a string path adds it to its routes' paths; app.use(router) mounts at '/'.
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    return routesOf(nested as Layer[], prefix + mount);
  });
}

function routeLayer(route: NonNullable<Layer['route']>, prefix: string): RegisteredRoute[] {
  const paths = Array.isArray(route.path) ? route.path : [route.path];
  const methods = Object.keys(route.methods).filter((m) => route.methods[m] && m !== '_all');
  const description = route.stack.map((l) => descriptionOf(l.handle)).find((d) => d !== undefined);
  return paths.flatMap((path) =>
    methods.map((method) => ({ method, path: prefix + path, ...(description ? { description } : {}) })),
  );
}
