// What a container can run, by image: the cluster's image catalogue is the source
// (`lookupImage(image).commands`); an image it does not know has nothing to run.
import { lookupImage } from '../../cluster/images.js';

export function imageCommands(image: string): readonly string[] {
  return lookupImage(image)?.commands ?? [];
}

/** The image's shell: bash (Debian-based images), busybox/alpine `sh` (ash), or none. */
export function imageShell(image: string): 'bash' | 'sh' | null {
  return lookupImage(image)?.shell ?? null;
}
