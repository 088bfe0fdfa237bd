import { loadConfig } from './config.js';
import { StoreUnavailableError } from './db/store-lock.js';
import { createLogger } from './logger.js';
import { installShutdown } from './shutdown.js';
import { describeDemo, startServer } from './start.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const { app, demo, database } = await startServer(config, logger);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(describeDemo(demo, `http://localhost:${config.port}`, database.kind));
  installShutdown(app, logger);
} catch (error) {
  // A store held by another process is the operator's to resolve: say so plainly, not as a stack trace.
  if (error instanceof StoreUnavailableError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  logger.fatal({ err: error }, 'baocao failed to start');
  process.exit(1);
}
