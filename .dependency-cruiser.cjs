/**
 * The layers of Handshake Lab, lowest first. A module may import from its own layer or any
 * layer below it, never above. Code above the engine enters it through its index.
 *
 *   text → crypto → protocol → lessons → store → ui → app → main.tsx
 */
const LAYERS = ['text', 'crypto', 'protocol', 'lessons', 'store', 'ui', 'app'];

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer}`,
  comment: `web/${layer} sits below ${LAYERS.slice(index + 1).join(', ')}: it must not import them.`,
  severity: 'error',
  from: { path: `^web/${layer}/` },
  to: { path: `^web/(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
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
    babelConfig: { fileName: '.babelrc.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
