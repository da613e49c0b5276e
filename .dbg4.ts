import { Session } from './src/shell/session.js';
const s = Session.create({ seed: 1 });
for (let i = 0; i < 1500; i++) await s.run('true');
