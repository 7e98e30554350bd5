import { describe, it, expect } from 'vitest';
import { canonicalUrl, isTrackingParam, TRACKING_PARAMS } from '../../src/normalize/url';

describe('canonicalUrl', () => {
  it('removes tracking parameters and keeps the others in order', () => {
    expect(
      canonicalUrl('https://example.com/venezuela?utm_source=rss&id=42&fbclid=abc&page=2&UTM_Campaign=x&gclid=1', null),
    ).toBe('https://example.com/venezuela?id=42&page=2');
  });

  it('removes each listed tracking parameter', () => {
    const names = ['utm_medium', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', '_ga', 'ref_src', 'cmpid', 'ocid', 'smid', 'taid'];
    const query = names.map((n) => `${n}=1`).join('&');
    expect(canonicalUrl(`https://example.com/a?${query}`, null)).toBe('https://example.com/a');
    expect(TRACKING_PARAMS).toContain('utm_*');
  });

  it('drops a query left empty, including a bare trailing ?', () => {
    expect(canonicalUrl('https://example.com/a?utm_source=x', null)).toBe('https://example.com/a');
    expect(canonicalUrl('https://example.com/a?', null)).toBe('https://example.com/a');
  });

  it('keeps the original encoding of kept parameters', () => {
    expect(canonicalUrl('https://example.com/buscar?q=Cartel%20de%20los%20Soles&utm_term=x', null)).toBe(
      'https://example.com/buscar?q=Cartel%20de%20los%20Soles',
    );
  });

  it('resolves relative links against the base', () => {
    expect(canonicalUrl('/politica/cabello-niega', 'https://www.elpais.example/feed.xml')).toBe(
      'https://www.elpais.example/politica/cabello-niega',
    );
    expect(canonicalUrl('nota.html', 'https://example.com/rss/')).toBe('https://example.com/rss/nota.html');
    expect(canonicalUrl('//cdn.example.com/x', 'https://example.com/')).toBe('https://cdn.example.com/x');
  });

  it('lowercases the host, drops default ports and fragments', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM:443/Caracas#comments', null)).toBe('https://news.example.com/Caracas');
    expect(canonicalUrl('http://example.com:80/a', null)).toBe('http://example.com/a');
    expect(canonicalUrl('http://example.com:8080/a', null)).toBe('http://example.com:8080/a');
  });

  it('rejects non-http schemes and junk', () => {
    expect(canonicalUrl('javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(canonicalUrl('  JavaScript:alert(1)', 'https://example.com/')).toBeNull();
    expect(canonicalUrl('mailto:editor@example.com', null)).toBeNull();
    expect(canonicalUrl('data:text/html,<p>x</p>', null)).toBeNull();
    expect(canonicalUrl('ftp://example.com/file', null)).toBeNull();
    expect(canonicalUrl('/relative/without/base', null)).toBeNull();
    expect(canonicalUrl('', 'https://example.com/')).toBeNull();
    expect(canonicalUrl(null, 'https://example.com/')).toBeNull();
  });

  it('leaves Google News redirect links as they are', () => {
    const link = 'https://news.google.com/rss/articles/CBMiWmh0dHBzOi8v?oc=5&hl=es-419';
    expect(canonicalUrl(link, null)).toBe(link);
  });
});

describe('isTrackingParam', () => {
  it('matches prefixes and exact names case-insensitively', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('FBCLID')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('utmost')).toBe(false);
  });
});
