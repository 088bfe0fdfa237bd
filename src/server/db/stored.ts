import type { ColumnType } from 'kysely';
import { z } from 'zod';
import { AppError } from '../common/errors.js';

declare const storedBrand: unique symbol;

/**
 * A value read from a jsonb column, not yet checked. It carries the type the column is meant to hold
 * but cannot be used as that type: `parseStored` with the concept's schema opens it. So a row read
 * with Kysely cannot hand stored JSON to the domain unchecked, and no `as` cast is needed (or allowed
 * by `scripts/check-contracts.mjs`).
 */
export interface Stored<T> {
  readonly [storedBrand]: T;
}

/** A jsonb column holding `T`: written as JSON text (pg and PGlite serialise it alike), read as `Stored<T>`. */
export type StoredJson<T> = ColumnType<Stored<T>, string, string>;

/**
 * Opens stored JSON with its schema. Corrupt or foreign data (a hand-edited row, a migration gone
 * wrong) is a server fault, not the caller's: it becomes a logged 500 that names what was read.
 */
export function parseStored<T>(
  schema: z.ZodType<T>,
  value: Stored<NoInfer<T>> | Stored<JsonValue>,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = new AppError('INTERNAL', `Dữ liệu đã lưu không đọc được: ${what}.`);
  // Logged with the 500 by the error handler; never sent to the client.
  error.cause = { what, issues: result.error.issues.slice(0, 10) };
  throw error;
}

/** `parseStored` for a nullable column. */
export function parseStoredOrNull<T>(
  schema: z.ZodType<T>,
  value: Stored<NoInfer<T>> | null,
  what: string,
): T | null {
  return value === null ? null : parseStored(schema, value, what);
}

/** Any JSON value: what free-form columns (audit snapshots, settings, import previews) hold. */
export const jsonValueSchema = z.json();
export type JsonValue = z.infer<typeof jsonValueSchema>;
