import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/**
 * Fastify's JSON parser (prototype poisoning refused), narrowed to bodies that are an object or an
 * array: no route takes a bare `null`, number or string, and letting `null` through would make it
 * indistinguishable from a request without a body.
 */
export function registerJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    void parse(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      if (typeof value !== 'object' || value === null)
        return done(AppError.validation('Nội dung JSON phải là một đối tượng {…}.'), undefined);
      done(null, value);
    });
  });
}
