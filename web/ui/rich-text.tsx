import { Fragment, type ReactNode } from 'react';
import { type MessageParams, t } from '../text/index.ts';

const MARK = '\u0000';

/**
 * A message whose parameters include elements: `{field}` in "Pick a byte of {field}" becomes
 * <code>…</code>, placed where the pattern (in any language) puts it. Plain parameters go in
 * `params`, elements in `nodes`.
 */
export function Rich({
  k,
  params = {},
  nodes,
}: {
  k: string;
  params?: MessageParams;
  nodes: Readonly<Record<string, ReactNode>>;
}) {
  const marked: Record<string, string | number> = { ...params };
  for (const name of Object.keys(nodes)) marked[name] = `${MARK}${name}${MARK}`;
  const parts = t(k, marked).split(MARK);
  // Text and element names alternate: "before", "field", "after".
  return (
    <>
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never reorder
        index % 2 === 1 ? <Fragment key={index}>{nodes[part]}</Fragment> : part,
      )}
    </>
  );
}

/**
 * English the engine writes on purpose as a plain string inside a sentence of the interface: a
 * packet field's name ('wrapped key'), the identifier it looks the bytes up by, shown as it is
 * beside the bytes. Everything else the engine says arrives as an `EngineText` message and is
 * rendered with `render()`; the pseudo-locale walk (e2e) reads around this mark.
 */
export function EngineEnglish({ children }: { children: ReactNode }) {
  return <bdi className="engine-english">{children}</bdi>;
}
