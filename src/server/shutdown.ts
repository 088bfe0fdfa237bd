import type { FastifyBaseLogger } from 'fastify';

/** systemd and container runtimes send SIGKILL after their stop timeout (often 10 s); we finish well before. */
export const SHUTDOWN_DEADLINE_MS = 4_500;

export interface Closable {
  /** Stops accepting, drains in-flight requests, then runs the onClose hooks (jobs, store). */
  close(): Promise<unknown>;
  server: { closeIdleConnections(): void };
}

/** How often, while draining, connections that went idle after their last response are closed. */
const IDLE_SWEEP_MS = 100;

/**
 * SIGTERM / SIGINT: close the app (Fastify stops listening, answers 503 to new requests on kept-alive
 * connections, closes idle ones and waits for in-flight requests; then the job scheduler stops and
 * the store closes) and exit 0. Whatever still holds the event loop after the deadline (a request
 * that never ends, a pool waiting on a lost connection) must not turn a deploy into a SIGKILL, so
 * the process then exits 1 with a log line saying so. A second signal exits at once.
 */
export function installShutdown(
  app: Closable,
  logger: FastifyBaseLogger,
  deadlineMs = SHUTDOWN_DEADLINE_MS,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      return exit(1);
    }
    stopping = true;
    const startedAt = Date.now();
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown did not finish in time: exiting anyway');
      exit(1);
    }, deadlineMs).unref();
    // Node closes the connections idle at close time, but a kept-alive connection whose request was
    // in flight turns idle only after its response, and would then hold the server open until the
    // client hangs up: those are swept as they go idle.
    setInterval(() => app.server.closeIdleConnections(), IDLE_SWEEP_MS).unref();
    app.close().then(
      () => {
        logger.info({ ms: Date.now() - startedAt }, 'stopped');
        exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
