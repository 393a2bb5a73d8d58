import { type INestApplication } from '@nestjs/common';
import { type Server } from 'node:http';
import request from 'supertest';
import { apiRoutes, type ApiRoute } from './api-routes.js';

/** A JSON Schema object as @nestjs/swagger writes it (OpenAPI 3 / zod's toJSONSchema). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

/** One operation of the OpenAPI document, joined with the router's access metadata. */
export interface ApiOperation extends ApiRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Express form, e.g. '/api/staff/:id'. */
  path: string;
  parameters: OperationParameter[];
  /** The documented request body by content type, e.g. { 'application/json': schema }. */
  body: Readonly<Record<string, JsonSchema>>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OperationParameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

/** '/api/kpi/series/{kpiId}.csv' as the router writes it: '/api/kpi/series/:kpiId.csv'. */
function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{([^}]+)\}/g, ':$1');
}

/**
 * Every operation of the API as the running app documents it at /api/docs-json, each joined to
 * its route in the router (api-routes.ts). `undocumented` lists router routes missing from the
 * document and `unrouted` documented operations no handler serves: both should be empty.
 */
export async function apiOperations(app: INestApplication): Promise<{ operations: ApiOperation[]; undocumented: string[]; unrouted: string[] }> {
  const response = await request(app.getHttpServer() as Server).get('/api/docs-json');
  if (response.status !== 200) throw new Error(`GET /api/docs-json gave ${response.status}`);
  const document = response.body as OpenApiDocument;
  const routes = new Map(apiRoutes(app).map((route) => [route.route, route]));
  const operations: ApiOperation[] = [];
  const unrouted: string[] = [];
  for (const [openApiPath, byMethod] of Object.entries(document.paths)) {
    for (const [lower, operation] of Object.entries(byMethod)) {
      const method = lower.toUpperCase();
      if (!METHODS.has(method)) continue;
      const path = expressPath(openApiPath);
      const route = routes.get(`${method} ${path}`);
      if (!route) {
        unrouted.push(`${method} ${path}`);
        continue;
      }
      const content = operation.requestBody?.content ?? {};
      operations.push({
        ...route,
        method: method as ApiOperation['method'],
        path,
        parameters: (operation.parameters ?? []).map((p) => ({ name: p.name, in: p.in, required: p.required, schema: p.schema })),
        body: Object.fromEntries(Object.entries(content).map(([type, { schema }]) => [type, schema ?? {}])),
      });
    }
  }
  const documented = new Set(operations.map((operation) => operation.route));
  const undocumented = [...routes.keys()].filter((route) => !documented.has(route));
  return { operations, undocumented, unrouted };
}
