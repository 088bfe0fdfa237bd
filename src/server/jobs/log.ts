import type { BaseLogger } from 'pino';

/**
 * What background work needs of a logger. Narrower than pino's own type so that Fastify's logger
 * (typed against Fastify's copy of pino) and a plain pino instance both fit.
 */
export type Log = Pick<BaseLogger, 'info' | 'warn' | 'error'>;
