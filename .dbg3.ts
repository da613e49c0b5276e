import { Session } from './src/shell/session.js';
import { Bash } from 'just-bash';
const s = Session.create({ seed: 1 });
for (let k = 0; k < 6; k++) {
  const t = performance.now();
  for (let i = 0; i < 200; i++) await s.run('true');
  console.log('session batch', k, ((performance.now() - t) / 200).toFixed(3));
}
const b = new Bash();
for (let k = 0; k < 4; k++) {
  const t = performance.now();
  for (let i = 0; i < 200; i++) await b.exec('true');
  console.log('bare bash batch', k, ((performance.now() - t) / 200).toFixed(3));
}
