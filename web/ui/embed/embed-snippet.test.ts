import { describe, expect, it } from 'vitest';
import { embedLink, iframeSnippet, parentProblem, plainLink } from './embed-snippet.ts';

const base = {
  appUrl: 'https://lab.example.org/handshake/',
  lessonId: 'oscar-in-the-middle',
  stepIndex: 1,
  stepTitle: 'Oscar swaps the key',
  size: { width: 960, height: 540 },
  parent: '',
} as const;

describe('embed snippet', () => {
  it('points the frame at the embed of this step, 16:9, with a title', () => {
    expect(iframeSnippet(base)).toBe(
      [
        '<iframe src="https://lab.example.org/handshake/?embed=1#/lesson/oscar-in-the-middle/2"',
        '        width="960" height="540" title="Handshake Lab: Oscar swaps the key"',
        '        style="border: 0"></iframe>',
      ].join('\n'),
    );
  });

  it('gives path links where the site serves them', () => {
    const paths = { ...base, links: 'path' } as const;
    expect(embedLink(paths)).toBe(
      'https://lab.example.org/handshake/lesson/oscar-in-the-middle/2/?embed=1',
    );
    expect(embedLink({ ...paths, parent: 'https://slides.example.org' })).toBe(
      'https://lab.example.org/handshake/lesson/oscar-in-the-middle/2/?embed=1&parent=https%3A%2F%2Fslides.example.org',
    );
    expect(plainLink(paths)).toBe(
      'https://lab.example.org/handshake/lesson/oscar-in-the-middle/2/',
    );
  });

  it('adds ?parent= only for a valid origin, and escapes what goes into attributes', () => {
    expect(embedLink({ ...base, parent: 'https://slides.example.org' })).toBe(
      'https://lab.example.org/handshake/?embed=1&parent=https%3A%2F%2Fslides.example.org#/lesson/oscar-in-the-middle/2',
    );
    expect(embedLink({ ...base, parent: 'slides' })).not.toContain('parent=');
    expect(iframeSnippet({ ...base, stepTitle: 'A "quoted" <b>title</b> & more' })).toContain(
      'title="Handshake Lab: A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"',
    );
    expect(iframeSnippet({ ...base, parent: 'https://slides.example.org' })).toContain(
      '?embed=1&amp;parent=',
    );
  });

  it('carries the page’s language into both links', () => {
    expect(embedLink({ ...base, lang: 'en-XA' })).toBe(
      'https://lab.example.org/handshake/?embed=1&lang=en-XA#/lesson/oscar-in-the-middle/2',
    );
    expect(plainLink({ ...base, links: 'path', lang: 'en-XA' })).toBe(
      'https://lab.example.org/handshake/lesson/oscar-in-the-middle/2/?lang=en-XA',
    );
  });

  it('gives a plain link to the page for tools that cannot hold a frame', () => {
    expect(plainLink(base)).toBe(
      'https://lab.example.org/handshake/#/lesson/oscar-in-the-middle/2',
    );
  });

  it('explains an origin that cannot be used', () => {
    expect(parentProblem('')).toBeNull();
    expect(parentProblem('https://slides.example.org')).toBeNull();
    expect(parentProblem('https://slides.example.org/deck')).toMatch(/no path/);
  });
});
