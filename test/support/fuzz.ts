import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';

/**
 * Malformed requests generated from the OpenAPI document: for every operation, hostile values in
 * each path parameter, query parameter and body field (NUL bytes, wrong types, huge and out-of-range
 * values, impossible dates), whole bodies that are not what the route takes (broken JSON, primitives,
 * other content types, cut-off multipart). Deterministic: the same document gives the same requests.
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  minItems?: number;
  nullable?: boolean;
  default?: unknown;
  $ref?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface FuzzRequest {
  /** e.g. "PATCH /api/users/{id} body.fullName = NUL" */
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  mutating: boolean;
}

/** Ids found in the store, by the name of the key that held them ("id", "unitId", "updates.id" …). */
export type IdPool = Map<string, string[]>;

const RANDOM_UUID = '7d4a1c52-3f0e-4b8a-9c61-2e5f8d9a0b13';
const MUTATING = new Set(['post', 'put', 'patch', 'delete']);

/** Hostile values for one field of a JSON body, whatever its declared type. */
const BODY_VALUES: [string, unknown][] = [
  ['NUL', '\u0000'],
  ['NUL inside', 'Sở\u0000TTTT'],
  ['10 000 characters', 'ă'.repeat(10_000)],
  ['empty string', ''],
  ['SQL text', "'; DROP TABLE users; --"],
  ['number', 2_147_483_648],
  ['negative', -1],
  ['fraction', 0.5],
  ['huge number', 1e308],
  ['boolean', true],
  ['null', null],
  ['object', { a: { b: [] } }],
  ['array', [1, 'a', null]],
  ['impossible date', '2026-02-30'],
  ['year 9999', '9999-12-31'],
  ['year 0', '0000-01-01'],
  ['nil UUID', '00000000-0000-0000-0000-000000000000'],
  ['NUL key', { 'k\u0000': 1 }],
];

/** Hostile values for a query or path parameter, as they appear in the URL. */
const URL_VALUES: [string, string][] = [
  ['NUL', '%00'],
  ['NUL inside', 'a%00b'],
  ['empty', ''],
  ['10 000 characters', 'a'.repeat(10_000)],
  ['bad percent-encoding', '%E0%A4%A'],
  ['invalid UTF-8', '%FF%FE'],
  ['SQL text', "'%3B%20DROP%20TABLE%20users%3B--"],
  ['negative', '-1'],
  ['out of int range', '99999999999999999999'],
  ['exponent', '1e309'],
  ['impossible date', '2026-13-45'],
  ['year 9999', '9999-12-31'],
  ['not a UUID', 'abc'],
  ['unknown UUID', RANDOM_UUID],
  ['path traversal', '..%2F..%2Fetc%2Fpasswd'],
];

/** Whole bodies that no JSON route takes. */
const BAD_BODIES: [string, string, string | Buffer][] = [
  ['broken JSON', 'application/json', '{"a": '],
  ['JSON null', 'application/json', 'null'],
  ['JSON number', 'application/json', '42'],
  ['JSON string', 'application/json', '"x"'],
  ['empty JSON', 'application/json', ''],
  ['JSON nested 5 000 deep', 'application/json', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ['prototype poisoning', 'application/json', '{"__proto__": {"admin": true}}'],
  ['NUL key', 'application/json', '{"\\u0000": 1}'],
  ['plain text', 'text/plain', 'xin chào'],
  ['XML', 'application/xml', '<a/>'],
  ['form', 'application/x-www-form-urlencoded', 'a=1'],
  ['charset latin1', 'application/json; charset=latin1', '{}'],
  [
    'cut-off multipart',
    'multipart/form-data; boundary=XYZ',
    '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc',
  ],
];

const uploadParts = (body: string) => Buffer.from(`--XYZ\r\n${body}`);
/** Broken uploads for the multipart routes. */
const BAD_UPLOADS: [string, string, Buffer][] = [
  [
    'cut-off part',
    'multipart/form-data; boundary=XYZ',
    uploadParts('Content-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc'),
  ],
  [
    'no boundary',
    'multipart/form-data',
    uploadParts('Content-Disposition: form-data; name="file"\r\n\r\nabc\r\n--XYZ--\r\n'),
  ],
  [
    'broken part header',
    'multipart/form-data; boundary=XYZ',
    uploadParts('Content-Disposition\r\n\r\nabc\r\n--XYZ--\r\n'),
  ],
  [
    'wrong field',
    'multipart/form-data; boundary=XYZ',
    uploadParts('Content-Disposition: form-data; name="tep"; filename="a.txt"\r\n\r\nabc\r\n--XYZ--\r\n'),
  ],
  [
    'NUL in file name',
    'multipart/form-data; boundary=XYZ',
    uploadParts(
      'Content-Disposition: form-data; name="file"; filename="a\u0000.txt"\r\n\r\nabc\r\n--XYZ--\r\n',
    ),
  ],
  [
    'empty file',
    'multipart/form-data; boundary=XYZ',
    uploadParts('Content-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n\r\n--XYZ--\r\n'),
  ],
  [
    'garbage PDF',
    'multipart/form-data; boundary=XYZ',
    uploadParts(
      'Content-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n%garbage\r\n--XYZ--\r\n',
    ),
  ],
  [
    'garbage DOCX',
    'multipart/form-data; boundary=XYZ',
    uploadParts(
      'Content-Disposition: form-data; name="file"; filename="a.docx"\r\n\r\nPK\u0003\u0004garbage\r\n--XYZ--\r\n',
    ),
  ],
];

export function resolveRef(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return doc.components?.schemas?.[name] ?? {};
}

/** A plausible valid value, so that one bad field is the only thing wrong with a body. */
export function sampleValue(doc: OpenApiDocument, raw: JsonSchema, depth = 0): unknown {
  const schema = resolveRef(doc, raw);
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const option = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  if (option) return sampleValue(doc, option, depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return RANDOM_UUID;
      if (schema.format === 'date') return '2026-06-30';
      if (schema.format === 'date-time') return '2026-06-30T08:00:00.000Z';
      if (schema.format === 'email') return 'a@example.org';
      // A pattern is usually a code or a name: plain letters pass most of them.
      return (schema.pattern ? 'abc' : 'thử').padEnd(Math.max(schema.minLength ?? 0, 4), 'x');
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array': {
      const items = schema.items;
      if (depth > 4 || !items) return [];
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(doc, items, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const key of schema.required ?? [])
        out[key] = sampleValue(doc, schema.properties?.[key] ?? {}, depth + 1);
      return out;
    }
    default:
      return null;
  }
}

function fillPath(path: string, pool: IdPool, override?: [string, string]): string {
  const segment = path.split('/')[2] ?? '';
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override && override[0] === name) return override[1];
    return encodeURIComponent(pickId(pool, name, segment));
  });
}

/** An id that exists, for the parameter's name: "id" under /api/tasks is a task, "updateId" an update. */
export function pickId(pool: IdPool, param: string, segment: string): string {
  if (param === 'year') return '2026';
  if (param === 'date') return '2026-05-01';
  if (param === 'number') return '1';
  const stem = param.replace(/Id$/, '');
  const keys = param === 'id' ? [`${segment}.id`] : [param, `${stem}s.id`, `${stem}.id`];
  for (const key of keys) {
    const ids = pool.get(key);
    const first = ids?.[0];
    if (first) return first;
  }
  return RANDOM_UUID;
}

/** Collects ids from a response, by the key (and the key of the array or object) that held them. */
export function harvestIds(pool: IdPool, value: unknown, parentKey: string): void {
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) harvestIds(pool, item, parentKey);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && /^[0-9a-f-]{36}$/.test(item) && (key === 'id' || key.endsWith('Id'))) {
        const name = key === 'id' ? `${parentKey}.id` : key;
        const list = pool.get(name) ?? [];
        if (!list.includes(item)) pool.set(name, [...list, item]);
      } else harvestIds(pool, item, key);
    }
  }
}

function queryString(params: Parameter[], override?: [string, string]): string {
  const pairs = params
    .filter((p) => p.in === 'query' && (p.required || override?.[0] === p.name))
    .map(
      (p) =>
        `${p.name}=${override?.[0] === p.name ? override[1] : encodeURIComponent(String(sampleValue({ paths: {} }, p.schema)))}`,
    );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Every malformed request for one operation. */
export function requestsFor(
  doc: OpenApiDocument,
  method: string,
  path: string,
  op: Operation,
  pool: IdPool,
): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const params = op.parameters ?? [];
  const mutating = MUTATING.has(method);
  const contentTypes = Object.keys(op.requestBody?.content ?? {});
  const isUpload = contentTypes.includes('multipart/form-data');
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  const validBody = bodySchema ? sampleValue(doc, bodySchema) : {};
  const M = method.toUpperCase();
  const body = isUpload ? undefined : JSON.stringify(validBody);
  const json = { 'content-type': 'application/json' };
  const add = (
    label: string,
    url: string,
    payload?: string | Buffer,
    headers: Record<string, string> = json,
  ) => out.push({ label: `${M} ${path} ${label}`, method: M, url, headers, payload, mutating });

  for (const p of params.filter((x) => x.in !== 'header')) {
    for (const [name, value] of URL_VALUES) {
      const override: [string, string] = [p.name, value];
      const url =
        fillPath(path, pool, p.in === 'path' ? override : undefined) +
        queryString(params, p.in === 'query' ? override : undefined);
      add(`${p.in}.${p.name} = ${name}`, url, mutating ? body : undefined, mutating && body ? json : {});
    }
  }
  const url = fillPath(path, pool) + queryString(params);
  if (p_repeat(params))
    add('repeated query parameter', `${url}${url.includes('?') ? '&' : '?'}${p_repeat(params)}`);
  if (!mutating) return out;

  if (isUpload) {
    for (const [name, type, payload] of BAD_UPLOADS)
      add(`upload: ${name}`, url, payload, { 'content-type': type });
    add('upload: JSON instead of a file', url, '{}');
    return out;
  }
  for (const [name, type, payload] of BAD_BODIES)
    add(`body: ${name}`, url, payload, { 'content-type': type });
  const schema = bodySchema ? resolveRef(doc, bodySchema) : {};
  for (const [key, fieldSchema] of Object.entries(schema.properties ?? {})) {
    for (const [name, value] of BODY_VALUES) {
      add(`body.${key} = ${name}`, url, JSON.stringify({ ...(validBody as object), [key]: value }));
    }
    const inner = resolveRef(doc, fieldSchema);
    const item = inner.items ? resolveRef(doc, inner.items) : undefined;
    for (const [sub] of Object.entries(item?.properties ?? {})) {
      const element = { ...(sampleValue(doc, item ?? {}) as object), [sub]: '\u0000' };
      add(`body.${key}[0].${sub} = NUL`, url, JSON.stringify({ ...(validBody as object), [key]: [element] }));
    }
  }
  add('body: unknown field', url, JSON.stringify({ ...(validBody as object), zzUnknown: 1 }));
  return out;
}

function p_repeat(params: Parameter[]): string | null {
  const q = params.find((p) => p.in === 'query');
  return q ? `${q.name}=a&${q.name}=b` : null;
}

export function allRequests(doc: OpenApiDocument, pool: IdPool): FuzzRequest[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => requestsFor(doc, method, path, op, pool)),
  );
}

/** Tables whose rows change merely because a session or a token was used. */
const TOUCHED_ON_USE = new Set(['sessions', 'api_tokens']);

/**
 * One fingerprint per table, cheap enough to take after every request: the row count and the
 * newest row version (`xmin`), so that any insert, update or delete shows. Sessions and tokens count
 * rows only, since their last-use time moves on every request.
 */
export async function tableFingerprints(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const parts = tables.rows.map((t) =>
    TOUCHED_ON_USE.has(t.name)
      ? sql`select ${t.name} as name, count(*)::text as fp from ${sql.table(t.name)}`
      : sql`select ${t.name} as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as fp
          from ${sql.table(t.name)}`,
  );
  const rows = await sql<{ name: string; fp: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.rows.map((r) => [r.name, r.fp]));
}
