// Node 20 keeps no compiled code between runs of ES modules (22.1+ has
// module.enableCompileCache), so a path that must start fast ships as one CommonJS bundle plus
// V8's code cache for it: compiled once at build time, after a training run, so the cache
// holds the functions a run needs and V8 deserialises them instead of parsing and compiling
// the source again. A cache from another Node or V8 build is rejected by V8 and the source
// is compiled as usual: slower, never wrong.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

export interface CachedBundle<T> {
  exports: T;
  /** The compiled script: `createCachedData()` after a run gives the cache for the next. */
  script: Script;
  /** True when there was no cache or V8 refused it (then the source was compiled). */
  cacheMissed: boolean;
}

/**
 * Runs a CommonJS bundle as Node's loader would (same wrapper arguments), with the code
 * cache at `cacheFile` when it exists. The file holds the bundle already inside the module
 * wrapper (`wrapModule`, done at build time): wrapping it here made V8 copy the whole text
 * into one flat string before compiling it (measured: ~25 ms of a 2.4 MB bundle's start).
 * It must be ASCII (the build checks): it is read as Latin-1, the cheapest decoding, into a
 * one-byte string.
 */
export function loadCachedBundle<T>(file: string, cacheFile: string): CachedBundle<T> {
  const source = readFileSync(file, 'latin1');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compiled from source.
  }
  const script = new Script(source, {
    filename: file,
    cachedData,
    // Dependencies' optional runtimes (never enabled here) keep an import() of their own.
    importModuleDynamically: vmConstants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as T };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheMissed: cachedData === undefined || script.cachedDataRejected === true };
}

/**
 * Writes the code cache of a loaded bundle: every function compiled so far is in it. Written
 * beside and renamed into place, so a process starting meanwhile reads the old file or the
 * new one, never half of one.
 */
export function writeCodeCache(bundle: CachedBundle<unknown>, cacheFile: string): number {
  const data = bundle.script.createCachedData();
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, cacheFile);
  } finally {
    rmSync(tmp, { force: true });
  }
  return data.length;
}

/**
 * When V8 refused the shipped cache (a Node other than the one that built it), makes one for
 * this Node as the process ends, so the next start is fast again. Where the program's
 * directory is not writable (a system-wide install), nothing is written and nothing is said.
 */
export function renewCodeCacheOnExit(bundle: CachedBundle<unknown>, cacheFile: string): void {
  if (!bundle.cacheMissed) return;
  process.once('exit', () => {
    try {
      writeCodeCache(bundle, cacheFile);
    } catch {
      // Not writable: the next start compiles from source again.
    }
  });
}

/**
 * A CommonJS module's text inside CommonJS's module wrapper: what `loadCachedBundle` runs
 * (the file is then a function expression, not a module to `require`).
 */
export function wrapModule(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}
