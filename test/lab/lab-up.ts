// Manual use: `node build/scripts/run-ts.mjs test/lab/lab-up.ts` starts the lab, prints its LabInfo and
// keeps it up until Ctrl-C (then tears it down). Handy to poke at it with `ip netns exec mwlab-office …`.
import { startLab } from './infra/lab.js';

const info = startLab();
console.log(JSON.stringify(info, null, 2));
console.log(`lab up in ${info.startMs} ms; Ctrl-C to tear down`);
setInterval(() => {}, 1 << 30);
