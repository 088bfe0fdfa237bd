import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { installShutdown } from './shutdown.js';
import { describeDemo, startServer } from './start.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const { app, demo } = await startServer(config, logger);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(describeDemo(demo, `http://localhost:${config.port}`));
  installShutdown(app, logger);
} catch (error) {
  logger.fatal({ err: error }, 'baocao failed to start');
  process.exit(1);
}
