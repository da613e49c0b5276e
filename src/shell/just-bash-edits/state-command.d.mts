export const STATE_COMMAND: '__kubetour_state';
export const UNLISTED_COMMANDS: readonly string[];
