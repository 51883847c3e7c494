// Writes the rule pages from the engine's catalogue: node scripts/gen-rule-pages.ts (npm run gen:rules).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedRuleFiles } from '../src/guide/rule-pages.ts';

const root = 'content/docs';
const files = generatedRuleFiles();
for (const dir of ['rules', 'en/rules']) {
  mkdirSync(join(root, dir), { recursive: true });
  for (const name of readdirSync(join(root, dir))) if (!files.has(`${dir}/${name}`)) rmSync(join(root, dir, name));
}
for (const [path, text] of files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
console.log(`wrote ${files.size} rule pages`);
