// `node --import ./src/shell/arithmetic/register.mjs …` (and test/setup.ts): just-bash gets
// bash's 64-bit arithmetic when kubetour runs from source (hooks.mjs). dist/ is bundled with it.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
