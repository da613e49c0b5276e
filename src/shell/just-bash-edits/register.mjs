// `node --import ./src/shell/just-bash-edits/register.mjs …` (and test/setup.ts): just-bash gets
// kubetour's edits (edits.mjs) when kubetour runs from source. dist/ is bundled with them.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
