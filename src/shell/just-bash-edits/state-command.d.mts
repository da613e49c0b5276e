export const STATE_COMMAND: '__kubetour_state';
