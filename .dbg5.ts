import { Session } from './src/shell/session.js';
const s = Session.create({ seed: 1 });
for (let i = 0; i < 3; i++) { const r = await s.run('kubectl get pods -A | head -3; echo $?'); console.log(JSON.stringify(r.stdout), r.stderr); }
