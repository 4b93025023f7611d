export const EARLY_SCRIPT: string;
export const EARLY_STYLE: string;
export const EMBED_VIEW_SCRIPT: string;
export function firstPaint(readAsset: (file: string) => string): {
  inlineStyles(html: string, prefix: string): string;
  startAfterPaint(html: string, preloads: readonly string[]): string;
  paintEarly(html: string): string;
  withEmbedView(html: string, body: string, embedBody: string | null): string;
  withPolicy(text: string): string;
};
