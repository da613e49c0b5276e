// Ink renders only the last frame under CI=true; tests need real frames.
delete process.env.CI;

// just-bash with kubetour's edits, as dist/ bundles it (src/shell/just-bash-edits/).
await import('../src/shell/just-bash-edits/register.mjs');
