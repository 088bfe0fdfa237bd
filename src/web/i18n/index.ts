import { vi, type Dictionary } from './vi';

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Every dotted path to a string leaf of the dictionary, e.g. `'nav.plans'`. */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, K> : Paths<T[K], Join<P, K>>;
}[keyof T & string];

type At<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type MessageKey = Paths<Dictionary>;
export type MessageParams<K extends MessageKey> = Placeholders<At<Dictionary, K>>;
type ParamArgs<K extends MessageKey> = [MessageParams<K>] extends [never]
  ? []
  : [params: Record<MessageParams<K>, string | number>];

function flatten(node: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof node === 'string') return out.set(prefix, node);
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

const messages = flatten(vi, '', new Map());

/** Vietnamese text for a key; `{name}` placeholders are replaced by params (type-checked). */
export function t<K extends MessageKey>(key: K, ...args: ParamArgs<K>): string {
  const template = messages.get(key) ?? key;
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Text for a key built at runtime from data (e.g. an audit action code), or `fallback` if unknown. */
export function tOr(key: string, fallback: string): string {
  return messages.get(key) ?? fallback;
}
