import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';

/**
 * The one validator of every route's body, query string, path and headers: Zod, preceded by the
 * refusal of NUL characters. PostgreSQL cannot store U+0000 in text or jsonb and answers with an
 * error that would otherwise surface as a 500; refusing it here, before any handler runs, covers
 * every string that can reach SQL without a check in each route.
 */

export interface FieldIssue {
  /** Path inside the request part, e.g. ['coordinators', 1]. */
  path: PropertyKey[];
  message: string;
}

/** Marks a validation error of ours, so the error handler can tell it from Fastify's own. */
export const FIELD_ISSUES = Symbol.for('baocao.fieldIssues');

export class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly [FIELD_ISSUES] = true;
  constructor(
    readonly part: string,
    readonly issues: FieldIssue[],
  ) {
    super('request validation failed');
  }
}

export function isRequestValidationError(error: unknown): error is RequestValidationError {
  return (
    typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[FIELD_ISSUES] === true
  );
}

export const NUL_MESSAGE = 'chứa ký tự NUL (\\u0000), không được phép';
const MAX_DEPTH = 64;

/** The path of the first string (value or key) holding U+0000, or null. Iterative: no deep recursion. */
export function findNul(value: unknown): PropertyKey[] | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: v, path } = next;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path;
    } else if (Array.isArray(v)) {
      if (path.length < MAX_DEPTH) v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof v === 'object' && v !== null && !Buffer.isBuffer(v)) {
      if (path.length >= MAX_DEPTH) continue;
      for (const [key, item] of Object.entries(v)) {
        if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\u0000')];
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const part = httpPart ?? 'body';
    const nulAt = findNul(data);
    if (nulAt) return { error: new RequestValidationError(part, [{ path: nulAt, message: NUL_MESSAGE }]) };
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message }));
    return { error: new RequestValidationError(part, issues) };
  };
