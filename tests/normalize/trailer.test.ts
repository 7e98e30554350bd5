import { describe, expect, it } from 'vitest';
import { stripTrailers } from '../../src/normalize/trailer';

const TITLE = 'Maduro responde a Washington';
const strip = (text: string, title = TITLE) => stripTrailers(text, title);

describe('stripTrailers', () => {
  it('drops a read-more link on a line of its own, in English and Spanish', () => {
    expect(strip('Nicolás Maduro respondió a las acusaciones.\n\nContinue reading...')).toBe('Nicolás Maduro respondió a las acusaciones.');
    expect(strip('Nicolás Maduro respondió a las acusaciones.\n\nSeguir leyendo')).toBe('Nicolás Maduro respondió a las acusaciones.');
    expect(strip('Nicolás Maduro respondió a las acusaciones.\n\nLeer más »')).toBe('Nicolás Maduro respondió a las acusaciones.');
    expect(strip('The regime denied the report.\n\n[Read More →]')).toBe('The regime denied the report.');
  });

  it('drops a read-more link that is the last sentence of the last paragraph', () => {
    expect(strip('Cabello denied the charges. Read more')).toBe('Cabello denied the charges.');
    expect(strip('Cabello negó los cargos… Leer más...')).toBe('Cabello negó los cargos…');
    expect(strip(`El fiscal acusó a Cabello. Continue reading “${TITLE}” →`)).toBe('El fiscal acusó a Cabello.');
  });

  it("drops WordPress's “The post … appeared first on …” and its Spanish forms", () => {
    const lead = 'Nicolás Maduro respondió a las acusaciones.';
    expect(strip(`${lead}\n\nThe post ${TITLE} appeared first on Example News.`)).toBe(lead);
    expect(strip(`${lead}\n\nLa entrada ${TITLE} se publicó primero en Noticias Ejemplo.`)).toBe(lead);
    expect(strip(`${lead}\n\nEl artículo ${TITLE} apareció primero en Noticias Ejemplo.`)).toBe(lead);
    // Inside a paragraph only when it names the item's own title; on its own line, any one-sentence title.
    expect(strip(`${lead} The post ${TITLE} appeared first on Example News.`)).toBe(lead);
    expect(strip(`${lead} The post Otro título appeared first on Example News.`)).toBe(`${lead} The post Otro título appeared first on Example News.`);
    expect(strip(`${lead}\n\nThe post Otro título appeared first on Example News.`)).toBe(lead);
  });

  it('turns a closing […] into an ellipsis, also under another trailer', () => {
    expect(strip('El ministro Diosdado Cabello dijo que el informe […]')).toBe('El ministro Diosdado Cabello dijo que el informe…');
    expect(strip('Padrino López rechazó el informe, […]')).toBe('Padrino López rechazó el informe…');
    expect(strip('Padrino López rechazó el informe. […]')).toBe('Padrino López rechazó el informe.');
    expect(strip('The minister said the report [...]\n\nThe post Cabello speaks appeared first on Example News.', 'Cabello speaks')).toBe(
      'The minister said the report…',
    );
  });

  it('keeps the same words mid-text or inside a sentence', () => {
    const kept = [
      'Continue reading the letter, Carvajal told the court.\n\nThe hearing resumes on Monday.',
      'Analysts should read more than the indictment.',
      'Maduro dijo que […] no existe el cartel. La fiscalía respondió.',
      'El ministro pidió leer más despacio el informe.',
      'Read more about the sanctions in our explainer.',
      `El artículo 5 de la ley apareció primero en el borrador de 2019, dijo el diputado. El artículo 6 apareció primero en la Gaceta.`,
      `The post ${TITLE} appeared first on Example News, the lawyer said, and Maduro denied it.\n\nThe case continues.`,
    ];
    for (const text of kept) expect(strip(text)).toBe(text);
  });

  it('can leave nothing when the text was only a trailer', () => {
    expect(strip('Continue reading...')).toBe('');
  });
});
