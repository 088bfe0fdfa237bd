import { readFileSync } from 'node:fs';
import { parseDirectiveText } from './src/domain/directives/index.js';
const r = parseDirectiveText(readFileSync('test/fixtures/directives/tb-ket-luan.txt','utf8'));
console.log(JSON.stringify(r.document), r.warnings);
for (const i of r.items) console.log(i.ordinal, i.subLabel, '|', i.lead, '|', i.coordinators, '|', i.timeframeRaw, '|', i.warnings);
