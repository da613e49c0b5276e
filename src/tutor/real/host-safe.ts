// Which lines the tutor itself may run on the learner's machine in real-cluster mode (a
// lesson's start commands, demos, a solution on request, the kubectl part of a skipped step).
// Lessons are written for the simulation, where `echo … >> /etc/hosts` or `curl` to a node's
// address touch nothing real; on a real machine they would edit the host's files or send
// traffic onto the network. So the tutor runs only what talks to the cluster through the
// learner's kubeconfig (`kubectl`), waits (`sleep`), and reads or makes files in the working
// directory (`cat`, `openssl` with relative paths) — one plain command, nothing composed.
// The learner's own lines are theirs: they run as typed.

/** Programs the tutor may run itself, and whether their file arguments must stay relative. */
const ALLOWED: Record<string, { relativeFilesOnly: boolean }> = {
  kubectl: { relativeFilesOnly: false },
  sleep: { relativeFilesOnly: true },
  cat: { relativeFilesOnly: true },
  openssl: { relativeFilesOnly: true },
};

/**
 * `kubectl apply -f - <<EOF … EOF`: a manifest typed into kubectl. The command line is judged
 * as any other; the body must be literal (a quoted delimiter, or no `$` and backquote in it).
 */
function heredocToKubectl(text: string): boolean | undefined {
  const [first, ...rest] = text.split('\n');
  const m = /^(kubectl\s.*?)\s*<<-?\s*(['"]?)(\w+)\2$/.exec(first);
  if (!m || rest.length === 0) return undefined;
  if (rest[rest.length - 1].trim() !== m[3]) return false;
  const body = rest.slice(0, -1).join('\n');
  if (!m[2] && /[$`\\]/.test(body)) return false;
  return tutorMayRun(m[1]);
}

/** True when the tutor may run `line` on the learner's machine by itself. */
export function tutorMayRun(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  const heredoc = heredocToKubectl(text);
  if (heredoc !== undefined) return heredoc;
  // Single-quoted text is literal to the shell (jsonpath templates, JSON patches).
  let bare = text.replace(/'[^']*'/g, 'Q');
  if (bare.includes("'")) return false;
  // `$(kubectl get pods -l app=kubia -o jsonpath='…')`: a substitution that is itself a line
  // the tutor may run only reads the cluster's answer into the line (a pod's name, an IP).
  for (let was = ''; was !== bare; ) {
    was = bare;
    bare = bare.replace(/\$\(([^()$`'"\\]*)\)/g, (whole, inner: string) => (tutorMayRun(inner) ? 'Q' : whole));
  }
  // Pipes, lists, redirections, substitutions, background jobs, variables, globs, tildes.
  if (/[|;&<>`$(){}*?~\\\n]/.test(bare.replace(/"[^"$`\\]*"/g, 'Q'))) return false;
  const words = bare.split(/\s+/);
  const program = ALLOWED[words[0]];
  if (!program) return false;
  // `kubectl exec -it`, `kubectl edit`, `kubectl attach`: they wait for a person at a terminal.
  if (words[0] === 'kubectl' && (words.includes('edit') || words.includes('attach') || words.some((w) => /^-[a-z]*[it][a-z]*$/.test(w) && /i/.test(w) && words.includes('exec')))) return false;
  // openssl's `-subj /CN=…` is a name, not a path.
  const paths = words.slice(1).filter((w, i) => words[i] !== '-subj');
  if (program.relativeFilesOnly && paths.some((w) => w.startsWith('/') || w.split('/').includes('..'))) return false;
  return true;
}

/** The lines of `lines` the tutor may run itself, in order. */
export function tutorRunnable(lines: string[]): string[] {
  return lines.filter(tutorMayRun);
}
