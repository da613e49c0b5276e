// Types of generate.mjs (plain JavaScript so the build script can run it without a compiler).
export interface GroupVersion {
  file: string;
  /** `api/v1`, `apis/apps/v1`: the path under /openapi/v3. */
  path: string;
  group: string;
  version: string;
  /** [kind, resource, namespaced] */
  kinds: [string, string, boolean][];
  module: string;
}
export const GROUP_VERSIONS: GroupVersion[];
export function generateOpenApi(): Record<string, unknown>;
