import { useMemo } from 'react';
import { type ScenarioConfig, verifpalModel } from '../../protocol/index.ts';
import { CopyField } from '../embed/CopyField.tsx';

/** These defences as a Verifpal model: to download, or to copy into Verifpal's workbench. */
export function VerifpalExport({ defences }: { defences: ScenarioConfig }) {
  const model = useMemo(() => verifpalModel(defences), [defences]);
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(model)}`;
  return (
    <details className="matrix-verifpal" data-testid="verifpal-export">
      <summary>Export these defences to Verifpal</summary>
      <p>
        Verifpal, a symbolic protocol verifier, checks the same questions for every number of
        messages, but on symbols, not bytes: each query in the model names the grid’s column and
        rows it answers.
      </p>
      <a href={href} download="handshake-lab.vp" data-testid="verifpal-download">
        Download handshake-lab.vp
      </a>
      <CopyField label="Verifpal model (.vp)" text={model} multiline />
    </details>
  );
}
