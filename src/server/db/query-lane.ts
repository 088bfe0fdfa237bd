import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The lane a query belongs to, for the embedded store's single connection (pglite-dialect.ts): the
 * connection is handed out round-robin between lanes, so that a crowd on one lane (two hundred
 * clients autosaving one draft) waits for itself and not the other users.
 */
export const queryLane = new AsyncLocalStorage<string>();

/**
 * Requests about one record (a route with an `:id`) share that record's lane, whoever sends them;
 * other requests go in their client's lane (session cookie or API token, else the address).
 */
export function laneOf(request: {
  routeOptions: { url?: string };
  params: unknown;
  headers: { cookie?: string; authorization?: string };
  ip: string;
}): string {
  const id = (request.params as Record<string, unknown> | undefined)?.id;
  if (typeof id === 'string') return `${request.routeOptions.url ?? ''}#${id}`;
  return `client:${request.headers.authorization ?? request.headers.cookie ?? request.ip}`;
}
