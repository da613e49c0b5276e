// The names a shell line can start with in kubetour: every program some place offers (the
// shell's registry and just-bash's utilities), bash builtins and keywords. Kept as a plain
// list so telling a question from a command loads no shell; known-commands.test.ts holds it
// equal to the registry.
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set([
  // programs (src/shell/commands, just-bash)
  '[', 'alias', 'ash', 'awk', 'base64', 'basename', 'bash', 'cat', 'chmod', 'clear', 'column', 'comm', 'cp', 'curl', 'cut',
  'date', 'diff', 'dig', 'dirname', 'du', 'echo', 'egrep', 'env', 'expand', 'expr', 'false', 'fgrep', 'file', 'find', 'fold',
  'grep', 'gunzip', 'gzip', 'head', 'help', 'history', 'host', 'hostname', 'html-to-markdown', 'id', 'ip', 'join', 'jq', 'kill',
  'kubectl', 'ln', 'ls', 'md5sum', 'mkdir', 'mv', 'nano', 'nc', 'nginx', 'nl', 'node', 'npm', 'nslookup', 'od', 'openssl',
  'paste', 'ping', 'printenv', 'printf', 'ps', 'pwd', 'readlink', 'rev', 'rg', 'rm', 'rmdir', 'sed', 'seq', 'sh', 'sha1sum',
  'sha256sum', 'sleep', 'sort', 'split', 'sqlite3', 'ssh', 'stat', 'strings', 'tac', 'tail', 'tar', 'tee', 'telnet', 'test',
  'time', 'timeout', 'touch', 'tr', 'tree', 'true', 'unalias', 'uname', 'unexpand', 'uniq', 'vi', 'vim', 'wc', 'wget', 'which',
  'whoami', 'xan', 'xargs', 'yarn', 'yq', 'zcat',
  // bash builtins and keywords
  'cd', 'export', 'exit', 'logout', 'unset', 'set', 'source', '.', 'type', 'read', 'local', 'shopt', 'if', 'for', 'while',
  'until', 'case', 'function', '!', '{',
]);
