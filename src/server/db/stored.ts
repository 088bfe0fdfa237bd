import type { ColumnType } from 'kysely';
import { z } from 'zod';

declare const storedBrand: unique symbol;

/**
 * A value read from a jsonb column, not yet checked. It carries the type the column is meant to hold
 * but cannot be used as that type: `parseStored` (common/stored.ts) with the concept's schema opens it. So a row read
 * with Kysely cannot hand stored JSON to the domain unchecked, and no `as` cast is needed (or allowed
 * by `scripts/check-contracts.mjs`).
 */
export interface Stored<T> {
  readonly [storedBrand]: T;
}

/** A jsonb column holding `T`: written as JSON text (pg and PGlite serialise it alike), read as `Stored<T>`. */
export type StoredJson<T> = ColumnType<Stored<T>, string, string>;

/** Any JSON value: what free-form columns (audit snapshots, settings, import previews) hold. */
export const jsonValueSchema = z.json().meta({ id: 'JsonValue' });
export type JsonValue = z.infer<typeof jsonValueSchema>;
