import { describe, expect, it } from 'vitest';
import { candidateSpans } from '../../src/match/candidate-spans';
import { compileEntities } from '../../src/match/compile-entities';
import { buildDocument, wordIds } from '../../src/match/document';
import { miniEntities } from '../support/mini-config';

const compiled = compileEntities(miniEntities, 8);
const spans = (text: string) => {
  const doc = buildDocument('', text);
  const starts = compiled.starts.mark(wordIds(doc, compiled.starts.lexicon));
  return candidateSpans(compiled, doc, starts('aliases')).map((span) => [doc.words.slice(span.start, span.end).join(' '), span.refs.map((ref) => ref.entityId)]);
};

describe('candidateSpans', () => {
  it('takes the longest alias at each position, with every figure it may name', () => {
    expect(spans('Cilia Flores de Maduro y Rodríguez')).toEqual([
      ['cilia flores de maduro', ['cilia-flores']],
      ['rodriguez', ['delcy-rodriguez', 'jorge-rodriguez']],
    ]);
  });

  it('keeps only aliases written as their case rule asks', () => {
    expect(spans('un plátano maduro y la tda')).toEqual([]);
    expect(spans('El presidente Maduro y el TdA')).toEqual([
      ['maduro', ['nicolas-maduro']],
      ['tda', ['tren-de-aragua']],
    ]);
  });
});
