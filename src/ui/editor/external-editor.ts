// `kubectl edit` (and `vi`/`nano` in the tutorial's shell) in the TUI. They open kubetour's
// own editor (BuiltinEditor.tsx): the tutorial never starts a program on the learner's
// machine by itself. A learner who wants their own editor names it in KUBETOUR_EDITOR; the
// object's YAML is then written to a real temp file, which that editor opens on the real
// terminal while Ink is paused — as real kubectl hands the file to $KUBE_EDITOR. $EDITOR
// and friends are not read: they are set for other programs, not as consent for this one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The learner's chosen editor command line, or undefined for kubetour's own editor. */
export function chooseEditor(env: Record<string, string | undefined>): string | undefined {
  return env.KUBETOUR_EDITOR?.trim() || undefined;
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
