import { useEffect, useState } from 'react';
import { commandLine, OPENSSL_COMMANDS, type OpensslFile } from '../../crypto/index.ts';
import { selectTrace } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
import { t } from '../../text/index.ts';
import '../../text/messages/ui-widgets.ts';
import { EngineEnglish, Rich } from '../rich-text.tsx';
import './certificates.css';

function download(file: OpensslFile): void {
  const blob = new Blob([file.contents as BlobPart], {
    type: typeof file.contents === 'string' ? 'application/x-pem-file' : 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The run's certificates and keys as files, and the OpenSSL commands that check them. */
export default function CertificateExport() {
  const exportFiles = useLab((s) => s.exportFiles);
  const trace = useLab(selectTrace);
  const [files, setFiles] = useState<readonly OpensslFile[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // New files for every new run: they must match what is on the stage.
  useEffect(() => {
    if (!trace) return;
    let current = true;
    setFiles(null);
    exportFiles().then(
      (made) => {
        if (!current) return;
        setFiles(made);
        setProblem(null);
      },
      (error: unknown) => {
        if (current) setProblem(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [exportFiles, trace]);

  return (
    <section
      className="export"
      data-party="ca"
      aria-labelledby="export-title"
      data-testid="certificate-export"
    >
      <h3 id="export-title">{t('ui.export.heading')}</h3>
      {problem && <p className="hint">{problem}</p>}
      {!files && !problem && <p className="muted">{t('ui.export.preparing')}</p>}
      {files && (
        <>
          <ul className="export-files">
            {files.map((file) => (
              <li key={file.name}>
                <button
                  type="button"
                  onClick={() => download(file)}
                  data-testid={`download-${file.name}`}
                >
                  <Rich
                    k="ui.export.download"
                    nodes={{ file: <EngineEnglish>{file.name}</EngineEnglish> }}
                  />
                </button>
                {typeof file.contents === 'string' && (
                  <details>
                    <summary>
                      <Rich
                        k="ui.export.show"
                        nodes={{ file: <EngineEnglish>{file.name}</EngineEnglish> }}
                      />
                    </summary>
                    <pre className="pem" data-testid={`pem-${file.name}`}>
                      {file.contents}
                    </pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
          <p>{t('ui.export.folder')}</p>
          <ol className="export-commands">
            {OPENSSL_COMMANDS.map((command) => (
              <li key={command.id}>
                <p>
                  <EngineEnglish>{command.purpose}</EngineEnglish>
                </p>
                <pre className="command">{commandLine(command)}</pre>
                <p className="muted">
                  <Rich
                    k="ui.export.expect"
                    nodes={{ output: <EngineEnglish>{command.expect}</EngineEnglish> }}
                  />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
