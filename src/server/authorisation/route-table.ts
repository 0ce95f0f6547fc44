// The server's route table as the matrix sees it: every route Fastify registered (an onRoute
// hook), cross-checked against the OpenAPI document generated from the same routes.
import type { RouteOptions } from 'fastify';

export interface RouteEntry {
  method: string;
  /** Fastify's form: /api/v1/deals/:id */
  url: string;
  operationId: string | undefined;
}

/** Collects the routes of the servers built with it (one per database; the same table). */
export class RouteTable {
  private readonly byKey = new Map<string, RouteEntry>();

  readonly onRoute = (route: RouteOptions): void => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as { operationId?: unknown } | undefined;
    const operationId = typeof schema?.operationId === 'string' ? schema.operationId : undefined;
    for (const method of methods) {
      this.byKey.set(`${method} ${route.url}`, { method, url: route.url, operationId });
    }
  };

  /**
   * The routes the matrix must cover: a HEAD route Fastify adds beside a GET (same handler and
   * hooks) is covered by the GET's row — also the HEAD of a prefix's root with a trailing slash,
   * whose GET twin Fastify registers without telling the onRoute hooks.
   */
  routes(): RouteEntry[] {
    const hasGet = (url: string) =>
      this.byKey.has(`GET ${url}`) || this.byKey.has(`GET ${url.replace(/(.)\/$/, '$1')}`);
    return [...this.byKey.values()].filter(
      (route) => !(route.method === 'HEAD' && hasGet(route.url)),
    );
  }
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

/** `METHOD /path/:id operationId` for every operation of the document. */
export function documentedOperations(document: unknown): string[] {
  const { paths } = document as OpenApiDocument;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(
      ([method, operation]) =>
        `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')} ${operation.operationId}`,
    ),
  );
}

/** The same form for the route table's routes that carry an operationId. */
export function routedOperations(routes: RouteEntry[]): string[] {
  return routes.flatMap((route) =>
    route.operationId ? [`${route.method} ${route.url} ${route.operationId}`] : [],
  );
}
