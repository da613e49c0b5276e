// Ink renders only the last frame under CI=true; tests need real frames.
delete process.env.CI;

// just-bash with bash's 64-bit arithmetic, as dist/ bundles it (src/shell/arithmetic/).
await import('../src/shell/arithmetic/register.mjs');
