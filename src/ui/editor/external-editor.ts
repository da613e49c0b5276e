// `kubectl edit` in the TUI. This is the UI edge, not the learner's virtual shell: the
// object's YAML is written to a real temp file and the learner's own editor ($VISUAL,
// $EDITOR, else nano or vi when on PATH) opens it on the real terminal while Ink is paused.
// The virtual shell itself never touches the host; only this hook, which the TUI installs
// as `session.editor`, does — exactly as real kubectl hands the file to an editor.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

/** The editor command line to use, or undefined when none is available (→ built-in editor). */
export function chooseEditor(env: Record<string, string | undefined>): string | undefined {
  const configured = env.KUBE_EDITOR || env.VISUAL || env.EDITOR;
  if (configured && configured.trim()) return configured.trim();
  for (const candidate of ['nano', 'vi']) if (onPath(candidate, env.PATH ?? '')) return candidate;
  return undefined;
}

function onPath(cmd: string, path: string): boolean {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

/**
 * Runs the editor on a temp file holding `content`; returns the edited text, or null when the
 * editor failed to start or exited non-zero (kubectl then reports the edit as cancelled).
 * Blocking on purpose: Ink is paused and the editor owns the terminal until it exits.
 */
export function editWithExternalEditor(editor: string, content: string, fileName: string, env: Record<string, string | undefined>): { text: string | null; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-edit-'));
  const file = join(dir, basename(fileName) || 'edit.yaml');
  try {
    writeFileSync(file, content);
    // Like kubectl, the editor value may carry arguments ("code --wait"); run it via sh.
    const r = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', file], { stdio: 'inherit', env: env as NodeJS.ProcessEnv });
    if (r.error) return { text: null, error: r.error.message };
    if (r.status !== 0) return { text: null, error: `exit status ${r.status}` };
    return { text: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
