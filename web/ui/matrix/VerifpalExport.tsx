import { useMemo, useState } from 'react';
import { type ScenarioConfig, verifpalModel } from '../../protocol/index.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-matrix.ts';
import { CopyField } from '../embed/CopyField.tsx';

const FILE = 'handshake-lab.vp';

/**
 * These defences as a Verifpal model: to download, or to copy into Verifpal's workbench. The
 * model is written when the reader opens the section, not with the page.
 */
export function VerifpalExport({ defences }: { defences: ScenarioConfig }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="matrix-verifpal"
      data-testid="verifpal-export"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('ui.matrix.verifpal.summary')}</summary>
      {open && <VerifpalModel defences={defences} />}
    </details>
  );
}

function VerifpalModel({ defences }: { defences: ScenarioConfig }) {
  const model = useMemo(() => verifpalModel(defences), [defences]);
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(model)}`;
  return (
    <>
      <p>{t('ui.matrix.verifpal.intro')}</p>
      <a href={href} download={FILE} data-testid="verifpal-download">
        {t('ui.matrix.verifpal.download', { file: FILE })}
      </a>
      <CopyField label={t('ui.matrix.verifpal.model')} text={model} multiline />
    </>
  );
}
