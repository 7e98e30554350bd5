import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/match/sentences';

const split = (text: string): string[] => splitSentences(text).map((range) => text.slice(range.start, range.end));

describe('splitSentences', () => {
  it('splits English and Spanish prose on terminal punctuation', () => {
    expect(split('Cabello denied it. ¿Quién lo dijo? Nadie respondió!')).toEqual(['Cabello denied it.', '¿Quién lo dijo?', 'Nadie respondió!']);
  });

  it('does not end a sentence at common abbreviations or initials', () => {
    expect(split('U.S. officials met Gen. Padrino López and Hugo A. Carvajal on Monday. Then they left.')).toEqual([
      'U.S. officials met Gen. Padrino López and Hugo A. Carvajal on Monday.',
      'Then they left.',
    ]);
  });

  it('reads "No." and "Doc." as numbers only before one, and a case’s "v." and "c." as abbreviations', () => {
    expect(split('Ocupa el puesto No. 5 del ranking. —No. Hay una política deliberada.')).toEqual(['Ocupa el puesto No. 5 del ranking.', '—No.', 'Hay una política deliberada.']);
    expect(split('Is it only business? No. It is policy.')).toEqual(['Is it only business?', 'No.', 'It is policy.']);
    expect(split('Doc. 212: la fiscalía presenta un memorando. Doc. 214: la defensa responde.')).toEqual(['Doc. 212: la fiscalía presenta un memorando.', 'Doc. 214: la defensa responde.']);
    expect(split('The court sealed the doc. The hearing moved.')).toEqual(['The court sealed the doc.', 'The hearing moved.']);
    expect(split('En Estados Unidos c. Hugo Carvajal hubo un fallo. In United States v. Hugo Carvajal too.')).toEqual([
      'En Estados Unidos c. Hugo Carvajal hubo un fallo.',
      'In United States v. Hugo Carvajal too.',
    ]);
  });

  it('ends a sentence after U.S. when a new sentence clearly starts', () => {
    expect(split('The boat was bound for the U.S. The crew was detained.')).toHaveLength(2);
  });

  it('reads "EE. UU." written with a space as one abbreviation, which can still end a sentence', () => {
    expect(split('El Departamento de Estado de EE. UU. afirma que Maduro dirige el cartel. Luego calló.')).toEqual([
      'El Departamento de Estado de EE. UU. afirma que Maduro dirige el cartel.',
      'Luego calló.',
    ]);
    expect(split('La lancha iba hacia EE. UU. La tripulación fue detenida.')).toHaveLength(2);
  });

  it('keeps decimals and domains whole and splits paragraphs', () => {
    expect(split('Output rose 3.5 percent at vigia.io today\n\nNew paragraph')).toEqual(['Output rose 3.5 percent at vigia.io today', 'New paragraph']);
  });

  it('keeps a dateline with the lead it opens, and only at the start', () => {
    expect(split('LIMA. Police arrested 14 men. They were charged.')).toEqual(['LIMA. Police arrested 14 men.', 'They were charged.']);
    expect(split('AURORA, Colo. The council met. It voted.')).toEqual(['AURORA, Colo. The council met.', 'It voted.']);
    expect(split('The council met. LIMA. It voted.')).toEqual(['The council met.', 'LIMA.', 'It voted.']);
    expect(split('Lima is calm. It voted.')).toEqual(['Lima is calm.', 'It voted.']);
  });

  it('keeps a dateline of place and date in ordinary case with the lead', () => {
    expect(split('Caracas, 14 de noviembre. El canciller habló. Luego calló.')).toEqual(['Caracas, 14 de noviembre. El canciller habló.', 'Luego calló.']);
    expect(split('Miami, Nov. 14, 2025 (AP). Agents raided a dock. More later.')).toEqual(['Miami, Nov. 14, 2025 (AP). Agents raided a dock.', 'More later.']);
    expect(split('San Cristóbal, Táchira, 2 de mayo de 2025. Llueve. Nada más.')).toEqual(['San Cristóbal, Táchira, 2 de mayo de 2025. Llueve.', 'Nada más.']);
    // Not a date, and not at the start: sentences as usual.
    expect(split('The council met in May, 14 times. It voted.')).toEqual(['The council met in May, 14 times.', 'It voted.']);
    expect(split('He spoke. Caracas, 14 de noviembre. Nada.')).toEqual(['He spoke.', 'Caracas, 14 de noviembre.', 'Nada.']);
  });

  it('keeps a list item’s number or letter with the item it opens', () => {
    expect(split('Orden del día. 1. Acuerdo sobre las costas. 2. Puntos varios.')).toEqual(['Orden del día.', '1. Acuerdo sobre las costas.', '2. Puntos varios.']);
    expect(split('Agenda. II. Hearing on the cartel. b. Markup.')).toEqual(['Agenda.', 'II. Hearing on the cartel.', 'b. Markup.']);
    // Guards: a sentence that ends in a number, or a word, still ends there.
    expect(split('The vote was 12 to 3. Then it adjourned.')).toEqual(['The vote was 12 to 3.', 'Then it adjourned.']);
    expect(split('They chose option b. Then it adjourned.')).toEqual(['They chose option b.', 'Then it adjourned.']);
  });

  it('keeps a diary’s day heading with the entry’s first sentence', () => {
    expect(split('Lunes 9. Llegamos de noche. Miércoles 11. Salimos.')).toEqual(['Lunes 9. Llegamos de noche.', 'Miércoles 11. Salimos.']);
    // Guards: a day that ends a sentence, and a word that is no weekday.
    expect(split('We left on Monday 9. Then it rained.')).toEqual(['We left on Monday 9.', 'Then it rained.']);
    expect(split('Room 9. Then it rained.')).toEqual(['Room 9.', 'Then it rained.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(split('"It does not exist." Then he left.')).toEqual(['"It does not exist."', 'Then he left.']);
  });
});
