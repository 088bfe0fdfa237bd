import pino from 'pino';

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stdout) {
  return pino(
    {
      level,
      base: { service: 'baocao' },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    destination,
  );
}
