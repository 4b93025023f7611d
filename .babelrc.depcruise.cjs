/**
 * Babel configuration dependency-cruiser reads TypeScript with. Babel drops `import type`
 * before the imports are collected, so a type-only edge would be invisible to the layer and
 * cycle rules. The plugin below marks every type import and type re-export as a value one
 * first; with `onlyRemoveTypeImports` the TypeScript preset then keeps them all.
 */
const markTypeImportsAsValues = () => ({
  visitor: {
    Program(program) {
      for (const statement of program.node.body) {
        const carriesSource =
          statement.type === 'ImportDeclaration' ||
          (statement.type === 'ExportNamedDeclaration' && statement.source);
        if (!carriesSource) continue;
        if (statement.importKind === 'type') statement.importKind = 'value';
        if (statement.exportKind === 'type') statement.exportKind = 'value';
        for (const specifier of statement.specifiers ?? []) {
          if (specifier.importKind === 'type') specifier.importKind = 'value';
          if (specifier.exportKind === 'type') specifier.exportKind = 'value';
        }
      }
    },
  },
});

module.exports = {
  plugins: [markTypeImportsAsValues],
  presets: [['@babel/preset-typescript', { onlyRemoveTypeImports: true }]],
};
