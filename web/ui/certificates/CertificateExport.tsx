import { useEffect, useState } from 'react';
import { commandLine, OPENSSL_COMMANDS, type OpensslFile } from '../../crypto/index.ts';
import { selectTrace } from '../../store/selectors.ts';
import { useLab } from '../../store/store.ts';
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
      <h3 id="export-title">Check it with OpenSSL</h3>
      {problem && <p className="hint">{problem}</p>}
      {!files && !problem && <p className="muted">Preparing the files…</p>}
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
                  Download {file.name}
                </button>
                {typeof file.contents === 'string' && (
                  <details>
                    <summary>Show {file.name}</summary>
                    <pre className="pem" data-testid={`pem-${file.name}`}>
                      {file.contents}
                    </pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
          <p>In the folder with the files:</p>
          <ol className="export-commands">
            {OPENSSL_COMMANDS.map((command) => (
              <li key={command.id}>
                <p>{command.purpose}</p>
                <pre className="command">{commandLine(command)}</pre>
                <p className="muted">Expect: {command.expect}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
