// The bare Fastify baseline of the HTTP bench: serves, for each path, the exact bytes and content type
// that baocao answered, with nothing else (no hooks, no database). Reads its routes from the JSON file
// named on the command line and prints its port once listening.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const routes = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const app = Fastify({ logger: false });
for (const route of routes) {
  const body = Buffer.from(route.body, 'base64');
  app.get(route.path, (_request, reply) => reply.type(route.contentType).send(body));
}
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${app.server.address().port}\n`);
