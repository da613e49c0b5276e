import { runScript } from './test/helpers/shell.js';
const r = await runScript(`ls -l | head -3\nls -la /tmp\nmkdir d; ls -ld d\nls -l nope`);
console.log(r.output);
