// The prompt's line editor: a pure reducer and the key bindings that drive it.
export * from './line-editor.js';
export * from './keymap.js';
export * from './layout.js';
