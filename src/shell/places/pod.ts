// A container's shell (`kubectl exec`): the container's own filesystem and start-time
// environment from the cluster, cwd `/` (or the image's working dir), and only the commands
// its image ships. Prompt `root@<pod>:/# `.
import type { IFileSystem } from 'just-bash';
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { PlaceInfo } from '../types.js';
import { podCommands } from '../commands/index.js';
import type { PlaceSetup } from './place.js';

export function podPlaceInfo(pod: Readonly<Pod>, container?: string): PlaceInfo {
  const c = container ?? pod.spec?.containers?.[0]?.name;
  return {
    kind: 'pod',
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? 'default',
    container: c,
    ip: pod.status?.podIP ?? '',
    node: pod.spec?.nodeName,
  };
}

export function podSetup(info: PlaceInfo, pod: Readonly<Pod>, fs: IFileSystem, env: Record<string, string>, imageCommands: readonly string[]): PlaceSetup {
  const spec = pod.spec?.containers?.find((c) => c.name === info.container) ?? pod.spec?.containers?.[0];
  const { builtins, custom } = podCommands(imageCommands);
  return {
    info,
    fs,
    env: { ...env },
    cwd: spec?.workingDir || '/',
    home: env.HOME ?? '/root',
    user: 'root',
    hostname: pod.spec?.hostname ?? info.name,
    builtins,
    commands: custom,
    leave: 'pod',
  };
}
