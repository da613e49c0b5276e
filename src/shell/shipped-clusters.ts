// Starting clusters saved by the build (scripts/build.mjs writes dist/clusters/) for the
// sessions the program starts by default: restoring one is a JSON parse, where building it
// runs twelve simulated days of controllers — most of a scripted command's start-up time
// (issue 13). A file from another build, a damaged one or none: the cluster is built as usual.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SavedCluster } from '../cluster/cluster.js';
import { EPOCH_MS } from '../cluster/runtime/clock.js';

/** Set by the bundler (scripts/build.mjs); undefined when running from source. */
declare const KUBETOUR_BUNDLED: boolean | undefined;
declare const KUBETOUR_BUILD_ID: string | undefined;

/** The starting clusters the build saves: the defaults of `kubetour shell` and the tutor. */
export const SHIPPED_CLUSTERS: readonly { seed: number; scenario: string }[] = [{ seed: 1, scenario: 'kubia' }];

/** What a saved-cluster file holds: the build that wrote it and the cluster. */
interface ShippedFile {
  build: string;
  cluster: SavedCluster;
}

const buildId = (): string | undefined => (typeof KUBETOUR_BUILD_ID !== 'undefined' ? KUBETOUR_BUILD_ID : undefined);

/** dist/clusters/ beside the built program (its entry sits in dist/, ESM chunks in dist/chunks/). */
export function shippedClustersDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(basename(here) === 'chunks' ? dirname(here) : here, 'clusters');
}

export function shippedClusterFile(seed: number, scenario: string): string {
  return join(shippedClustersDir(), `${scenario}-${seed}.json`);
}

/** The saved starting cluster for these options, when this build shipped one. */
export function shippedCluster(seed: number, scenario: string, startMs: number | undefined): SavedCluster | undefined {
  if (typeof KUBETOUR_BUNDLED === 'undefined' || !KUBETOUR_BUNDLED) return undefined;
  if ((startMs ?? EPOCH_MS) !== EPOCH_MS || !SHIPPED_CLUSTERS.some((c) => c.seed === seed && c.scenario === scenario)) return undefined;
  try {
    const file = JSON.parse(readFileSync(shippedClusterFile(seed, scenario), 'utf8')) as ShippedFile;
    return file.build === buildId() ? file.cluster : undefined;
  } catch {
    // Missing or unreadable: built instead.
    return undefined;
  }
}

/** The text of a saved-cluster file for this build. */
export function shippedFileText(cluster: SavedCluster): string {
  const file: ShippedFile = { build: buildId() ?? '', cluster };
  return JSON.stringify(file);
}
