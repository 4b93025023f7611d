import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import babel from '@babel/core';

function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory()
      ? walk(p)
      : p.endsWith('.ts') && !p.endsWith('.test.ts')
        ? [p]
        : [];
  });
}
const counts = new Map<string, number>();
let total = 0;
const sample: string[] = [];
for (const file of walk('web/protocol')) {
  const ast = babel.parseSync(readFileSync(file, 'utf8'), {
    filename: file,
    presets: ['@babel/preset-typescript'],
    configFile: false,
    babelrc: false,
  });
  babel.traverse(ast!, {
    StringLiteral(p) {
      check(p.node.value, p);
    },
    TemplateLiteral(p) {
      check(p.node.quasis.map((q) => q.value.cooked).join(' '), p);
    },
  });
  function check(text: string, p: any) {
    if (
      p.parentPath?.isImportDeclaration() ||
      p.parentPath?.isExportDeclaration?.() ||
      p.parentPath?.isTSLiteralType()
    )
      return;
    if (/[A-Za-z]{2,}[,;:'’]? +[A-Za-z]{2,}/.test(text)) {
      counts.set(file, (counts.get(file) ?? 0) + 1);
      total++;
      if (file.includes(process.argv[2] ?? '@@')) sample.push(text);
    }
  }
}
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([f, c]) => `${c}\t${f}`)
    .join('\n'),
  '\ntotal',
  total,
);
console.log(sample.join('\n'));
