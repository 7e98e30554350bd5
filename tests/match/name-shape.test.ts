import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { firmAfter, firstNameBefore, firstNameBeforeQuote, generationAfter, isHeadlineCase, nameWordsAfter } from '../../src/match/name-shape';

/** The index of the first token spelled `word` in the document of `text`. */
function tokenOf(text: string, word: string): { doc: ReturnType<typeof buildDocument>; token: number } {
  const doc = buildDocument('', text);
  const token = Array.from(doc.tokens.starts).findIndex((start, index) => text.slice(start, doc.tokens.ends[index]) === word);
  if (token < 0) throw new Error(`no token ${word} in ${text}`);
  return { doc, token };
}

describe('isHeadlineCase', () => {
  it('tells Title Case and ALL CAPS sentences from prose by their longer words', () => {
    expect(isHeadlineCase(buildDocument('Maduro Speaks for Three Hours on State Television', ''), 0)).toBe(true);
    expect(isHeadlineCase(buildDocument('CABELLO PERFECTO PARA LA BODA', ''), 0)).toBe(true);
    expect(isHeadlineCase(buildDocument('Maduro habla tres horas en la televisión del Estado', ''), 0)).toBe(false);
  });

  it('needs a few words to judge, and skips numbers', () => {
    expect(isHeadlineCase(buildDocument('Maduro Habla', ''), 0)).toBe(false);
    expect(isHeadlineCase(buildDocument('2025 2026 Venezuela respondió hoy 1999', ''), 0)).toBe(false);
  });

  it('judges each sentence on its own', () => {
    const doc = buildDocument('Cartel Of The Suns Faces New Charges', 'Prosecutors filed the charges on Monday in New York.');
    expect([isHeadlineCase(doc, 0), isHeadlineCase(doc, 1)]).toEqual([true, false]);
  });

  it('reads a list of names in the body as names written as such, not as a headline', () => {
    const list = 'Delegates: Ana Lucía Flores, Coffee Board; Daniel Maduro Sosa, Nestlé Latin America.';
    expect(isHeadlineCase(buildDocument('Badge List', list), 1)).toBe(false);
    const commas = 'Speakers Daniel Maduro Sosa, Patricia Cabello, Luis Alcalá.';
    expect(isHeadlineCase(buildDocument('Badge List', commas), 1)).toBe(false);
    // The same list as a headline, a shouted list, and a Title Case line in the body with one comma.
    expect(isHeadlineCase(buildDocument(list, ''), 0)).toBe(true);
    expect(isHeadlineCase(buildDocument('Badge List', list.toUpperCase()), 1)).toBe(true);
    expect(isHeadlineCase(buildDocument('Badge List', 'Washington Indicts Maduro, Officials Confirm Charges.'), 1)).toBe(true);
  });
});

describe('firstNameBefore', () => {
  it('finds a capitalised word one space before, inside the sentence', () => {
    const { doc, token } = tokenOf('Maduro appointed Carlos Flores as governor.', 'Flores');
    expect(firstNameBefore(doc, token)).toBe(token - 1);
  });

  it('takes the sentence’s first word as a first name when it is no word that opens sentences', () => {
    const { doc, token } = tokenOf('Marisol Chávez has spent six years in the office.', 'Chávez');
    expect(firstNameBefore(doc, token)).toBe(token - 1);
  });

  it('ignores titles, words that open sentences, lower case, capitals and punctuation between', () => {
    for (const [text, word] of [
      ['Today Maduro spoke.', 'Maduro'],
      ['Según Cabello, no hubo fraude.', 'Cabello'],
      ['Luego Flores habló.', 'Flores'],
      ['The Maduro government spoke.', 'Maduro'],
      ['Venezuelan Maduro allies met.', 'Maduro'],
      ['Ayer el Presidente Maduro habló.', 'Maduro'],
      ['Mientras tanto Sr Maduro calló.', 'Maduro'],
      ['Ayer Maduro habló.', 'Maduro'],
      ['Dijo el presidente Maduro.', 'Maduro'],
      ['The defense minister, General Padrino, spoke.', 'Padrino'],
      ['He met Gen. Padrino today.', 'Padrino'],
      ['He met PSUV Cabello today.', 'Cabello'],
      ['He said on Monday Maduro would speak.', 'Maduro'],
      ['Diputado Cabello dijo que no habrá diálogo.', 'Cabello'],
      ['Embajador Saab respondió.', 'Saab'],
      ['Rep. Maduro? No such lawmaker.', 'Maduro'],
      ['Thread: Did Maduro ship the gang abroad?', 'Maduro'],
      ['Asked why: How Maduro kept the army loyal.', 'Maduro'],
      ['Panameño Carvajal, no.', 'Carvajal'],
    ] as const) {
      const { doc, token } = tokenOf(text, word);
      expect(firstNameBefore(doc, token), text).toBe(-1);
    }
  });

  it('reads across a quoted nickname of up to three words to the first name before it', () => {
    for (const [text, first] of [
      ['Ayer Luis «el Flaco» Carvajal declaró.', 'luis'],
      ['Then Ana "La Tigresa" Rodríguez spoke.', 'ana'],
      ['Then Ana “The Big Boss” Rodríguez spoke.', 'ana'],
    ] as const) {
      const { doc, token } = tokenOf(text, text.includes('Carvajal') ? 'Carvajal' : 'Rodríguez');
      expect(doc.words[firstNameBefore(doc, token)], text).toBe(first);
    }
  });

  it('finds no first name before a nickname with none, too long or not quoted', () => {
    for (const text of ['Un tribunal escuchó a «el Pollo» Carvajal.', 'Then Ana "One Two Three Four" Carvajal spoke.', 'Ayer Luis el Flaco» Carvajal declaró.', '«El Flaco» Carvajal declaró.']) {
      const { doc, token } = tokenOf(text, 'Carvajal');
      expect(firstNameBefore(doc, token), text).toBe(-1);
    }
  });
});

describe('firstNameBeforeQuote', () => {
  /** The document of `text` and its token right after the opening quote, or after "Luis" when there is none. */
  const quoted = (text: string): { doc: ReturnType<typeof buildDocument>; token: number } => {
    const doc = buildDocument('', text);
    const at = text.includes('«') ? text.indexOf('«') + 1 : text.indexOf('Luis') + 5;
    return { doc, token: Array.from(doc.tokens.starts).indexOf(at) };
  };

  it('finds the name word right before an opening quote, the sentence’s first word too', () => {
    for (const text of ['El panameño Luis «el Pollo» Carvajal ganó.', 'Luis «el Pollo» Carvajal ganó.']) {
      const { doc, token } = quoted(text);
      expect(doc.words[firstNameBeforeQuote(doc, token)], text).toBe('luis');
    }
  });

  it('finds none with no quote, a lower-case word, a title or a word that opens sentences before', () => {
    for (const text of ['El panameño Luis el Pollo Carvajal ganó.', 'Ayer el exjefe «el Pollo» Carvajal declaró.', 'Ayer el General «el Pollo» Carvajal declaró.', 'Ayer «el Pollo» Carvajal declaró.']) {
      const { doc, token } = quoted(text);
      expect(token, text).toBeGreaterThan(0);
      expect(firstNameBeforeQuote(doc, token), text).toBe(-1);
    }
  });
});

describe('nameWordsAfter', () => {
  const wordsAfter = (text: string, word: string): string[] => {
    const { doc, token } = tokenOf(text, word);
    return nameWordsAfter(doc, token).map((index) => doc.words[index]!);
  };

  it('collects up to three capitalised words one space apart', () => {
    expect(wordsAfter('Director Diosdado Ramos staged it.', 'Diosdado')).toEqual(['ramos']);
    expect(wordsAfter('Ayer Delcy Eloína Rodríguez Gómez Pérez habló.', 'Delcy')).toEqual(['eloina', 'rodriguez', 'gomez']);
  });

  it('reads past a nickname of up to three words in quotes to the surname, as firstNameBefore reads back', () => {
    expect(wordsAfter('The boxer Diosdado "Dado" Reyes won again.', 'Diosdado')).toEqual(['reyes']);
    expect(wordsAfter('El boxeador Diosdado «Dado» Reyes Paz ganó.', 'Diosdado')).toEqual(['reyes', 'paz']);
    expect(wordsAfter('El director Diosdado «el Tigre» Ramos filmó.', 'Diosdado')).toEqual(['ramos']);
    expect(wordsAfter('El director Diosdado «uno dos tres cuatro» Ramos filmó.', 'Diosdado')).toEqual([]);
    // A nickname with nothing after it, or a quote that is no nickname, gives nothing.
    expect(wordsAfter('Le dicen Diosdado "Dado" y nada más.', 'Diosdado')).toEqual([]);
    expect(wordsAfter('Then Diosdado "Said" it.', 'Diosdado')).toEqual([]);
  });

  it('stops at lower case, capitals, punctuation, a date word and the sentence’s end', () => {
    for (const text of ['Ayer Diosdado dijo algo.', 'Ayer Diosdado CABELLO habló.', 'Ayer Diosdado, Ramos y otros.', 'It was Diosdado Monday.', 'Ayer habló Diosdado. Ramos calló.']) {
      expect(wordsAfter(text, 'Diosdado'), text).toEqual([]);
    }
  });
});

describe('generationAfter', () => {
  it('reads Sr., Jr. and a numeral after a name, with a space or a comma before', () => {
    for (const text of ['Hugo Chavez Sr. drove', 'Hugo Chavez, Jr., played', 'Hugo Chavez III inherited', 'HUGO CHAVEZ JR. SIGNS']) {
      const { doc, token } = tokenOf(text, text.startsWith('HUGO') ? 'CHAVEZ' : 'Chavez');
      expect(generationAfter(doc, token)).toBe(true);
    }
  });

  it('reads no suffix in a lower-case word, across a sentence end, or after other punctuation', () => {
    for (const text of ['Hugo Chavez junior college', 'He met Hugo Chavez. Jr. officers waited.', 'Hugo Chavez (Sr) spoke', 'Hugo Chavez said']) {
      const { doc, token } = tokenOf(text, 'Chavez');
      expect(generationAfter(doc, token)).toBe(false);
    }
  });
});

describe('firmAfter', () => {
  it('reads a firm’s word after "&", "y" or "and"', () => {
    for (const text of ['la firma Rodríguez & Asociados publicó', 'la firma Rodríguez y Asociados publicó', 'Rodríguez and Partners said', 'Rodríguez&Asociados']) {
      const { doc, token } = tokenOf(text, 'Rodríguez');
      expect(firmAfter(doc, token)).toBe(true);
    }
  });

  it('reads a legal form after at most two capitalised words, and a family firm', () => {
    for (const text of ['Consignee: Flores Agroindustrial S.A. Line 1', 'Flores Inc. shipped it', 'Importadora Flores Hermanos C.A. pagó', 'Flores & Hijos Customs Brokers', 'Flores Trading Group LLC said']) {
      const { doc, token } = tokenOf(text, 'Flores');
      expect(firmAfter(doc, token)).toBe(true);
    }
  });

  it('leaves a person before lower-case words or a distant legal form alone', () => {
    for (const text of ['Flores said the firm, Agro S.A., paid', 'Flores habló con Pedro Pérez Gómez Ruiz S.A.', 'Flores y sus hijos llegaron', 'Habló Flores. Inc. es otra cosa.', "Flores's a name we know"]) {
      const { doc, token } = tokenOf(text, 'Flores');
      expect(firmAfter(doc, token)).toBe(false);
    }
  });

  it('leaves a person alone, and a firm’s word in the next sentence', () => {
    for (const text of ['Rodríguez y Maduro llegaron', 'Rodríguez y sus asociados llegaron', 'Habló Rodríguez. Asociados de la firma callaron.', 'Rodríguez & Maduro']) {
      const { doc, token } = tokenOf(text, 'Rodríguez');
      expect(firmAfter(doc, token)).toBe(false);
    }
  });
});
