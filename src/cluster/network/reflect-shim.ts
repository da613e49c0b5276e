// A minimal Reflect metadata API (the subset tsyringe and @peculiar/x509 use:
// define/get/has metadata and the `metadata` decorator factory). Installed only if absent.
type Target = object;
const store = new WeakMap<Target, Map<string | symbol | undefined, Map<unknown, unknown>>>();

function table(target: Target, prop: string | symbol | undefined, create: boolean): Map<unknown, unknown> | undefined {
  let byProp = store.get(target);
  if (!byProp) {
    if (!create) return undefined;
    store.set(target, (byProp = new Map()));
  }
  let t = byProp.get(prop);
  if (!t && create) byProp.set(prop, (t = new Map()));
  return t;
}

const api = {
  defineMetadata(key: unknown, value: unknown, target: Target, prop?: string | symbol): void {
    table(target, prop, true)!.set(key, value);
  },
  getOwnMetadata(key: unknown, target: Target, prop?: string | symbol): unknown {
    return table(target, prop, false)?.get(key);
  },
  hasOwnMetadata(key: unknown, target: Target, prop?: string | symbol): boolean {
    return table(target, prop, false)?.has(key) ?? false;
  },
  getMetadata(key: unknown, target: Target, prop?: string | symbol): unknown {
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t)) {
      const m = table(t, prop, false);
      if (m?.has(key)) return m.get(key);
    }
    return undefined;
  },
  hasMetadata(key: unknown, target: Target, prop?: string | symbol): boolean {
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t)) if (table(t, prop, false)?.has(key)) return true;
    return false;
  },
  metadata(key: unknown, value: unknown) {
    return (target: Target, prop?: string | symbol) => api.defineMetadata(key, value, target, prop);
  },
};

const R = Reflect as unknown as Record<string, unknown>;
if (typeof R.getMetadata !== 'function') {
  for (const [k, v] of Object.entries(api)) R[k] = v;
}

export {};
