// The learner's own shell prompt: fixed, so it is known before any session exists.
export const LAPTOP_PROMPT = '$ ';
