// Usage: node scripts/check-content.ts  — structural checks of every guide page (see src/guide/check.ts).
import { checkGuide } from '../src/guide/check.ts';

const problems = checkGuide();
for (const p of problems) console.log(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
console.log(problems.length ? `\n${problems.length} problem(s)` : 'guide OK');
process.exit(problems.length ? 1 : 0);
