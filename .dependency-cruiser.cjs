/**
 * The walls of Handshake Lab, checked by `npm run lint` (scripts/layers.mjs).
 *
 * The layers of web/, lowest first. A module may import from its own layer or any layer below
 * it, never above; tests live beside what they test and obey the same order.
 *
 *   text → crypto → protocol → lessons → store → ui → app → main.tsx, prerender/
 *
 * crypto and protocol are the engine: code above it enters it only through its two doors,
 * web/protocol/index.ts and web/crypto/index.ts (tests also through web/protocol/testing.ts,
 * the test driver). No import loop of any kind, type-only imports included
 * (.babelrc.depcruise.cjs keeps them visible to the rules).
 */
const LAYERS = ['text', 'crypto', 'protocol', 'lessons', 'store', 'ui', 'app'];

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer}`,
  comment: `web/${layer} sits below ${LAYERS.slice(index + 1).join(', ')}: it must not import them.`,
  severity: 'error',
  from: { path: `^web/${layer}/` },
  to: { path: `^web/(${LAYERS.slice(index + 1).join('|')}|main\\.tsx|prerender/)` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-upward-from-app',
      comment: 'web/app sits below main.tsx and the prerenderer: it must not import them.',
      severity: 'error',
      from: { path: '^web/app/' },
      to: { path: '^web/(main\\.tsx|prerender/)' },
    },
    {
      name: 'engine-only-through-its-doors',
      comment:
        'Code above the engine imports web/protocol/index.ts or web/crypto/index.ts, never a module behind them.',
      severity: 'error',
      from: { path: '^web/', pathNot: ['^web/(text|crypto|protocol)/', '\\.test\\.tsx?$'] },
      to: { path: '^web/(crypto|protocol)/', pathNot: '^web/(crypto|protocol)/index\\.ts$' },
    },
    {
      name: 'engine-only-through-its-doors',
      comment: 'A test above the engine may also use its test driver, web/protocol/testing.ts.',
      severity: 'error',
      from: { path: '^web/.+\\.test\\.tsx?$', pathNot: '^web/(text|crypto|protocol)/' },
      to: {
        path: '^web/(crypto|protocol)/',
        pathNot: '^web/((crypto|protocol)/index|protocol/testing)\\.ts$',
      },
    },
    {
      name: 'no-cycles',
      comment: 'An import loop ties modules together so that none can change alone.',
      severity: 'error',
      from: { path: '^web/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|dist-single)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    babelConfig: { fileName: '.babelrc.depcruise.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
