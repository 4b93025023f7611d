import { describe, expect, it } from 'vitest';
import {
  appPathOf,
  depthOf,
  pageQuery,
  pathHref,
  pathLink,
  pathLinkOfHashLink,
  routeQuery,
} from './path-links.ts';

describe('path links', () => {
  it('name each page in a folder of its own', () => {
    expect(pathLink('/')).toBe('');
    expect(pathLink('/lesson/handshake/3')).toBe('lesson/handshake/3/');
    expect(pathLink('/sandbox?exchange=ecdh&oscar=mitm')).toBe('sandbox/?exchange=ecdh&oscar=mitm');
    expect(pathLink('/matrix', 'embed=1')).toBe('matrix/?embed=1');
    expect(pathLink('/sandbox?oscar=mitm', 'theme=dark')).toBe('sandbox/?theme=dark&oscar=mitm');
  });

  it('are written relative to the page that links them', () => {
    expect(depthOf('/')).toBe(0);
    expect(depthOf('/sandbox?a=b/c')).toBe(1);
    expect(depthOf('/lesson/postcards/2')).toBe(3);
    expect(pathHref('/lesson/postcards/3', 3)).toBe('../../../lesson/postcards/3/');
    expect(pathHref('/', 3)).toBe('../../../');
    expect(pathHref('/sandbox', 0)).toBe('./sandbox/');
    expect(pathHref('/', 0, 'theme=projector')).toBe('./?theme=projector');
  });

  it('keep the page’s own parameters apart from the route’s', () => {
    const search = '?embed=1&exchange=ecdh&theme=dark&parent=https%3A%2F%2Fslides.example.org';
    expect(pageQuery(search)).toBe('embed=1&theme=dark&parent=https%3A%2F%2Fslides.example.org');
    expect(routeQuery(search)).toBe('exchange=ecdh');
    expect(appPathOf('lesson/postcards/2/', '?embed=1')).toBe('/lesson/postcards/2');
    expect(appPathOf('sandbox/', search)).toBe('/sandbox?exchange=ecdh');
    expect(appPathOf('', '')).toBe('/');
  });

  it('replace old hash links, keeping embed, theme and parent', () => {
    expect(pathLinkOfHashLink('', '#/lesson/handshake/3')).toBe('lesson/handshake/3/');
    expect(
      pathLinkOfHashLink(
        '?embed=1&theme=projector&parent=https://slides.example.org',
        '#/lesson/oscar-in-the-middle/2',
      ),
    ).toBe(
      'lesson/oscar-in-the-middle/2/?embed=1&theme=projector&parent=https://slides.example.org',
    );
    expect(pathLinkOfHashLink('?embed=1', '#/sandbox?exchange=ecdh')).toBe(
      'sandbox/?embed=1&exchange=ecdh',
    );
    expect(pathLinkOfHashLink('', '#/')).toBe('');
    // Not a page: a fragment of the page itself.
    expect(pathLinkOfHashLink('', '#main')).toBeNull();
    expect(pathLinkOfHashLink('', '')).toBeNull();
  });

  it('leave a "?" inside a value to the route', () => {
    expect(pathLink('/sandbox?message=Are you there? Call me')).toBe(
      'sandbox/?message=Are you there? Call me',
    );
  });
});
