import type { Express } from 'express';
import { z } from 'zod';
import type { RouteDescription } from './described';
import { COMMON_RESPONSES, ERROR_SCHEMA, SECURITY_SCHEMES } from './openapi-components';
import { registeredRoutes, type RegisteredRoute } from './registered-routes';

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, unknown>;
  tags: { name: string }[];
};
type Operation = Record<string, unknown> & { tags: string[]; operationId: string };

/** The version of the description's shape, raised when a route changes incompatibly. */
const API_VERSION = '1';

/**
 * The OpenAPI 3.1 description of every `/api/…` route the app registers, with the query and body
 * schemas its routes parse with (described.ts): generated, never written, so it cannot drift.
 */
export function openApiDocument(app: Express, publicUrl: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of registeredRoutes(app).filter((r) => r.path.startsWith('/api/'))) {
    const path = openApiPath(route.path);
    // The first registration of a method and path is the one Express dispatches to.
    (paths[path] ??= {})[route.method] ??= operationOf(route, path);
  }
  const tags = [...new Set(Object.values(paths).flatMap((ops) => Object.values(ops).map((o) => o.tags[0]!)))];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Målbar API',
      version: API_VERSION,
      description:
        'The staff API the dashboard app reads and writes, and the respondents’ survey routes. ' +
        'Generated from the routes and the Zod schemas they parse with.',
    },
    servers: [{ url: publicUrl }],
    paths,
    components: { schemas: { Error: ERROR_SCHEMA }, securitySchemes: SECURITY_SCHEMES },
    tags: tags.sort().map((name) => ({ name })),
  };
}

/** A schema as JSON Schema for what the client sends (before transforms and defaults). */
function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

const openApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');

function operationOf(route: RegisteredRoute, path: string): Operation {
  const description: RouteDescription = route.description ?? {};
  const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name: name!,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const queries = description.query === undefined ? [] : [description.query].flat();
  const parameters = [...pathParameters, ...queries.flatMap(queryParameters)];
  return {
    tags: [tagOf(path)],
    operationId: `${route.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string = '') => c.toUpperCase())}`,
    ...(description.summary ? { summary: description.summary } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(description.body ? { requestBody: requestBodyOf(description.body) } : {}),
    security: securityOf(route.method, path),
    responses: COMMON_RESPONSES,
  };
}

/** Each property of the query's object schema is one `?name=` parameter. */
function queryParameters(query: z.ZodType) {
  const schema = inputJsonSchema(query);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: property,
  }));
}

const requestBodyOf = (body: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: inputJsonSchema(body) } },
});

/** /api/admin/users → admin; a respondent's link (/api/s/…, /api/t/…) → respondents. */
function tagOf(path: string): string {
  const first = path.split('/')[2]!;
  return first === 's' || first === 't' ? 'respondents' : first.replace(/\..*$/, '');
}

/** Respondents and this description need nothing; an API token only reads, never administers. */
function securityOf(method: string, path: string): Record<string, string[]>[] {
  if (tagOf(path) === 'respondents' || path === OPENAPI_PATH) return [];
  const reads = method === 'get' || method === 'head';
  return reads && tagOf(path) !== 'admin' ? [{ session: [] }, { apiToken: [] }] : [{ session: [] }];
}

export const OPENAPI_PATH = '/api/openapi.json';
