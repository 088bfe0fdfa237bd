import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite names every file under assets/ by its content hash: a new build is a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The entry page names the current hashes, so the browser asks again each time (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

export function cacheControlOf(filePath: string): string {
  return filePath.split(path.sep).includes('assets') ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built web UI (dist/web): the brotli or gzip copy written at build time when the browser
 * takes it (vite.config.ts, `precompress`), hashed assets cached for a year, the entry page revalidated.
 * Returns whether there is a UI to serve.
 */
export async function registerWebAssets(app: FastifyInstance, webDistDir: string): Promise<boolean> {
  if (!existsSync(path.join(webDistDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    // The compressed copies are served in place of their originals, never as routes of their own.
    globIgnore: ['**/*.br', '**/*.gz'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlOf(filePath));
    },
  });
  return true;
}
