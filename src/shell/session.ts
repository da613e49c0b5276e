// Placeholder: the shell-core owner replaces this with the real Session.
export class Session {}
