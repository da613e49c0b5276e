// The name of the command the session runs after a learner's line to read the shell's state
// back (src/shell/places/place.ts). Shared with the bundle edits (edits.mjs), which keep it out
// of /bin and /usr/bin, out of PATH search and out of `hash`: a learner never meets it.
export const STATE_COMMAND = '__kubetour_state';
