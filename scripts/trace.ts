// npm run trace -- <name> [flags]; `npm run trace -- --help` lists the flags.
// Runs a scenario with the same engine the page uses and prints its narrated log or its trace.
import { closeSync, openSync, readSync } from 'node:fs';
import { KeyCache } from '../web/protocol/keyring.ts';
import { formatNumber } from '../web/text/index.ts';
import { runTrace } from './trace-run.ts';

/**
 * A file's bytes as UTF-8 text, reading at most `maxBytes` (so /dev/zero or a huge file is
 * refused after that much, not read to the end). Bytes that are not UTF-8 are refused, not replaced.
 */
export function readBoundedText(path: string, maxBytes: number): string {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const buffer = Buffer.alloc(maxBytes + 1);
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  if (length > maxBytes)
    throw new Error(
      `it is longer than ${formatNumber(maxBytes)} bytes, more than a message may hold.`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
  } catch (error) {
    if (error instanceof TypeError) throw new Error('it is not UTF-8 text.');
    throw error;
  }
}

try {
  process.exitCode = await runTrace(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    readText: readBoundedText,
    keys: new KeyCache(),
  });
} catch (error) {
  // A bug, not a mistake in the command: one line that says so, not a stack trace.
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `The trace command failed: ${reason}\nThis is a bug in Handshake Lab; please report it with the command you ran.`,
  );
  process.exitCode = 1;
}
