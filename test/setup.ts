// Ink renders only the last frame under CI=true; tests need real frames.
delete process.env.CI;
