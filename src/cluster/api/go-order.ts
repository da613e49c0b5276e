// The order Go's encoding/json writes an object's fields in: a struct's in the order they
// are declared (the decoding schemas list them so: schema.ts), a map's sorted by key. The
// API server's JSON (`kubectl get --raw`, what `kubetour serve` sends) follows it; fields a
// schema leaves untyped (`any`) keep the order they have.
import { schemaOf, type Schema } from './schema.js';
import type { Kind } from './kinds.js';

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v` with its keys in Go's order under `schema`. */
export function inGoOrder(schema: Schema, v: unknown): unknown {
  switch (schema.t) {
    case 'arr':
      return Array.isArray(v) ? v.map((x) => inGoOrder(schema.of, x)) : v;
    case 'map': {
      if (!isPlain(v)) return v;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = inGoOrder(schema.of, v[k]);
      return out;
    }
    case 'obj': {
      if (!isPlain(v)) return v;
      const out: Record<string, unknown> = {};
      for (const [k, sub] of Object.entries(schema.fields)) if (k in v) out[k] = inGoOrder(sub, v[k]);
      for (const k of Object.keys(v)) if (!(k in out)) out[k] = v[k];
      return out;
    }
    default:
      return v;
  }
}

/** An object of `kind` as the API server encodes it: kind, apiVersion, metadata, … */
export function objectInGoOrder(kind: Kind, o: unknown): Record<string, unknown> {
  return inGoOrder(schemaOf(kind), o) as Record<string, unknown>;
}
