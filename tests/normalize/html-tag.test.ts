/**
 * tagNameEnd: which `<` starts a tag. Known HTML element names (and lowercase namespaced or custom
 * ones) are tags; ASCII guillemet quotes, comparisons and unknown words are text.
 */
import { describe, expect, it } from 'vitest';
import { tagNameEnd } from '../../src/normalize/html-tag';

const isTag = (text: string): boolean => tagNameEnd(text, text.indexOf('<')) !== -1;

describe('tagNameEnd', () => {
  it('reads HTML elements in any case, with or without attributes, as tags', () => {
    for (const tag of ['<b>', '</b>', '<P>', '<br/>', '<br />', '<a href="/x">', '<A HREF=/x>', '<img src=x alt="">', '<h2 class="t">', '</Script >']) {
      expect(isTag(`Texto ${tag} más`), tag).toBe(true);
    }
    expect(tagNameEnd('x<span class="a">', 1)).toBe(6);
    expect(tagNameEnd('x</span>', 1)).toBe(7);
  });

  it('reads bare boolean and data- attributes as markup', () => {
    for (const tag of ['<td nowrap>', '<TD NOWRAP>', '<video autoplay muted>', '<p data-x>', '<div aria-hidden>', '<hr noshade/>']) {
      expect(isTag(tag), tag).toBe(true);
    }
  });

  it('reads lowercase namespaced and custom elements as tags', () => {
    for (const tag of ['<o:p>', '</o:p>', '<xhtml:div>', '<amp-img src="a.jpg">', '<st1:place>']) expect(isTag(tag), tag).toBe(true);
  });

  it('reads ASCII guillemet quotes and unknown words as text', () => {
    expect(tagNameEnd('<<El Cartel de los Soles no existe>>', 1)).toBe(-1);
    expect(isTag('<Maduro>')).toBe(false);
    expect(isTag('<Nota: ver abajo>')).toBe(false);
    expect(isTag('<Maduro-Cabello>')).toBe(false);
  });

  it('reads a quote that starts with an element-like word as text when its next word is no attribute', () => {
    expect(isTag('<A Maduro no lo tumba nadie>')).toBe(false);
    expect(isTag('<a la calle>')).toBe(false);
    expect(isTag('<Del narcotráfico no se habla>')).toBe(false);
    expect(isTag('<I will not resign>')).toBe(false);
  });

  it('reads comparisons and numbers as text', () => {
    for (const text of ['5 < 6', '<3', 'a </ b', '< p>', 'x<', 'x</']) expect(tagNameEnd(text, text.indexOf('<')), text).toBe(-1);
  });

  it('keeps a truncated tag a tag, so a cut summary still drops it', () => {
    expect(isTag('Texto <a href="https://diario.exa')).toBe(true);
    expect(isTag('Texto <img')).toBe(true);
  });
});
