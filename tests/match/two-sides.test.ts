import { describe, expect, it } from 'vitest';
import { buildDocument, type MatchDocument } from '../../src/match/document';
import { holdsBothSides, type Wording } from '../../src/match/two-sides';

/** The story's one sentence (no title), and the first token of a folded word in it. */
function sentence(text: string): { doc: MatchDocument; at: (word: string, from?: number) => number } {
  const doc = buildDocument('', text);
  const at = (word: string, from = 0): number => {
    const index = doc.words.indexOf(word, from);
    if (index < 0) throw new Error(`no "${word}" in: ${text}`);
    return index;
  };
  return { doc, at };
}

const phrase = (token: number): Wording => ({ tokens: [token], groups: [0] });

describe('holdsBothSides', () => {
  it('finds each side in a clause of its own across a semicolon, a dash, or a turning word', () => {
    const semicolon = sentence('Washington says the government exported the gang on purpose; Caracas denies it.');
    expect(holdsBothSides(semicolon.doc, [phrase(semicolon.at('exported'))], [semicolon.at('denies')])).toBe(true);
    const dash = sentence('Venezuela is the main route — a claim the UN figures reject.');
    expect(holdsBothSides(dash.doc, [phrase(dash.at('main'))], [dash.at('reject')])).toBe(true);
    const mientras = sentence('Un informe no halló pruebas, mientras que el FBI sostiene que el gobierno exportó la banda.');
    expect(holdsBothSides(mientras.doc, [phrase(mientras.at('exporto'))], [mientras.at('pruebas')])).toBe(true);
    const critics = sentence('The strikes, which the administration says are aimed at drug smugglers and critics call unlawful, go on.');
    expect(holdsBothSides(critics.doc, [phrase(critics.at('aimed'))], [critics.at('unlawful')])).toBe(true);
  });

  it('gives the last word to a dispute after "but", "pero" or "sin embargo": the sentence disputes', () => {
    const but = sentence('Havana has placed agents in Florida, but no case ties one to SEBIN.');
    expect(holdsBothSides(but.doc, [phrase(but.at('agents'))], [but.at('no')])).toBe(false);
    const sinEmbargo = sentence('El fiscal dice que el gobierno exportó la banda, sin embargo el informe lo niega.');
    expect(holdsBothSides(sinEmbargo.doc, [phrase(sinEmbargo.at('exporto'))], [sinEmbargo.at('niega')])).toBe(false);
    // Guard: an assertion after the "but" still stands in a clause of its own against the dispute before it.
    const after = sentence('Caracas denies it, but the letter says the government exported the gang.');
    expect(holdsBothSides(after.doc, [phrase(after.at('exported'))], [after.at('denies')])).toBe(true);
  });

  it('takes ", which" and ", algo que" as a new clause only after a comma', () => {
    const which = sentence('Lawmakers say spies operate inside the United States, which Caracas denies.');
    expect(holdsBothSides(which.doc, [phrase(which.at('spies'))], [which.at('denies')])).toBe(true);
    const algo = sentence('Los legisladores dicen que hay espías en Estados Unidos, algo que Caracas rechaza.');
    expect(holdsBothSides(algo.doc, [phrase(algo.at('espias'))], [algo.at('rechaza')])).toBe(true);
    // Guard: "which" with no comma before it belongs to the clause it stands in.
    const bound = sentence('Caracas denies the claim which says spies operate inside the United States.');
    expect(holdsBothSides(bound.doc, [phrase(bound.at('spies'))], [bound.at('denies')])).toBe(false);
  });

  it('takes ", a charge…" and ", una acusación…" as the answer’s own clause', () => {
    const charge = sentence('Washington accused the government of running the cartel, a charge Caracas rejects.');
    expect(holdsBothSides(charge.doc, [phrase(charge.at('running'))], [charge.at('rejects')])).toBe(true);
    const acusacion = sentence('Washington acusa al gobierno de dirigir el cartel, una acusación que Caracas rechaza.');
    expect(holdsBothSides(acusacion.doc, [phrase(acusacion.at('dirigir'))], [acusacion.at('rechaza')])).toBe(true);
    // Guard: the same noun with no comma before it is inside the assertion's clause.
    const bound = sentence('Caracas rejects the charge that the government is running the cartel.');
    expect(holdsBothSides(bound.doc, [phrase(bound.at('running'))], [bound.at('rejects')])).toBe(false);
  });

  it('reads ", rejected by Caracas," as the other side set aside between commas', () => {
    const aside = sentence('Those mines face U.S. allegations, rejected by Caracas, that their gold pays for the government.');
    expect(holdsBothSides(aside.doc, [phrase(aside.at('pays'))], [aside.at('rejected')])).toBe(true);
    const entre = sentence('Pesan sobre esas minas acusaciones de EE.UU., negadas por Caracas, de que su oro paga al gobierno.');
    expect(holdsBothSides(entre.doc, [phrase(entre.at('paga'))], [entre.at('negadas')])).toBe(true);
    // Guard: without its agent the participle is the assertion's own word, in its own clause.
    const bare = sentence('Officials say the gold pays for the government, rejected as that is in Caracas.');
    expect(holdsBothSides(bare.doc, [phrase(bare.at('pays'))], [bare.at('rejected')])).toBe(false);
  });

  it('reads a comma as the turn when the sentence opens with "while" or "mientras"', () => {
    const opening = sentence('Mientras Washington insiste en que Venezuela es la ruta principal, la ONU lo niega.');
    expect(holdsBothSides(opening.doc, [phrase(opening.at('ruta'))], [opening.at('niega')])).toBe(true);
    // Guard: without the opening turn, a comma is no turn.
    const plain = sentence('Caracas niega, una vez más, que Venezuela sea la ruta principal.');
    expect(holdsBothSides(plain.doc, [phrase(plain.at('ruta'))], [plain.at('niega')])).toBe(false);
  });

  it('leaves a dispute in the assertion’s own clause to answer it', () => {
    const denied = sentence('Caracas denies that the government exported the gang on purpose.');
    expect(holdsBothSides(denied.doc, [phrase(denied.at('exported'))], [denied.at('denies')])).toBe(false);
  });

  it('needs a whole statement in one clause: word groups split by the turn state nothing', () => {
    const split = sentence('The government, analysts say; exported the gang, which Caracas denies.');
    const government = split.at('government');
    const exported = split.at('exported');
    const gang = split.at('gang');
    const statement: Wording = { tokens: [government, exported, gang], groups: [0, 1, 2] };
    expect(holdsBothSides(split.doc, [statement], [split.at('denies')])).toBe(false);
    const whole = sentence('Analysts say the government exported the gang, which Caracas denies.');
    const together: Wording = { tokens: [whole.at('government'), whole.at('exported'), whole.at('gang')], groups: [0, 1, 2] };
    expect(holdsBothSides(whole.doc, [together], [whole.at('denies')])).toBe(true);
  });

  it('needs both an assertion and a dispute', () => {
    const one = sentence('Washington says the government exported the gang; officials met on Tuesday.');
    expect(holdsBothSides(one.doc, [phrase(one.at('exported'))], [])).toBe(false);
    expect(holdsBothSides(one.doc, [], [one.at('officials')])).toBe(false);
  });
});
