// The name of the command the session runs after a learner's line to read the shell's state
// back (src/shell/places/place.ts). Shared with the bundle edits (edits.mjs), which keep it out
// of /bin and /usr/bin, out of PATH search and out of `hash`: a learner never meets it.
export const STATE_COMMAND = '__kubetour_state';

/**
 * Names found without a PATH search and given no stub file, so `ls /bin` and `which` never
 * show them: bash builtins just-bash registers as commands but that are no program on a real
 * system, and just-bash's own runtimes, which a place registers only to answer "command not
 * found" (just-bash would otherwise answer python3 with a message about browsers).
 */
export const UNLISTED_COMMANDS = ['alias', 'unalias', 'help', 'history', 'python', 'python3', 'sqlite3', 'js-exec', 'html-to-markdown'];
