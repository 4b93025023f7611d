import { describe, expect, it } from 'vitest';
import { pageQuery, routeQuery } from '../ui/routing/path-links.ts';
import { languageFromSearch } from './language.ts';

describe('the page’s language from its link', () => {
  it('is English without ?lang, and the pseudo-locale with ?lang=en-XA, in any case', () => {
    expect(languageFromSearch('')).toEqual({ locale: 'en', unknown: null });
    expect(languageFromSearch('?lang=en-XA')).toEqual({ locale: 'en-XA', unknown: null });
    expect(languageFromSearch('?embed=1&lang=en-xa')).toEqual({ locale: 'en-XA', unknown: null });
  });

  it('keeps English for a language the lab does not have, and names it for the notice', () => {
    expect(languageFromSearch('?lang=fr')).toEqual({ locale: 'en', unknown: 'fr' });
  });

  it('belongs to the page, so links inside the app carry it and the route never reads it', () => {
    expect(pageQuery('?lang=en-XA&message=hi')).toBe('lang=en-XA');
    expect(routeQuery('?lang=en-XA&message=hi')).toBe('message=hi');
  });
});
