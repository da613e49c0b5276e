// Where kubetour keeps its own files: $XDG_CONFIG_HOME/kubetour, else ~/.config/kubetour.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export function configDirFrom(env: Record<string, string | undefined> = process.env): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'kubetour');
  return join(env.HOME || homedir(), '.config', 'kubetour');
}
