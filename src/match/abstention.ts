/**
 * A writer who says outright that the piece takes no side ("This column takes no view on whether that
 * charge will hold up", "No pretendo discutir aquí si esa acusación es cierta o falsa", a book that
 * "no pretende resolver nada", a project that "will not take either side in advance"). Columns and
 * reviews say so when they relay both camps' charges to make another point: whatever side their
 * sentences relay, the story only mentions the claims. Genre grammar, not beat wording, so it lives
 * here.
 */
const ABSTAINS = new RegExp(
  [
    String.raw`\b(?:takes?|taking) (?:no|neither) (?:view|position|stance|side)\b`,
    String.raw`\b(?:does|do|will|did) not (?:take|pick) (?:a |either |any )?(?:sides?|position|stance)\b`,
    // "Eso no las hace ni falsas ni verdaderas": the writer leaves the truth of what is relayed open.
    String.raw`\bneither true nor false\b`,
    String.raw`\bni (?:verdader|ciert|fals)[oa]s? ni (?:verdader|ciert|fals)[oa]s?\b`,
    String.raw`\bresists? ruling\b`,
    String.raw`\bno pretend(?:o|emos|e|en|ía|ia) (?:zanjar|discutir|resolver|decidir|juzgar|dirimir)\b`,
    String.raw`\bno tom(?:o|amos|a|an|ará|arán|aremos) partido\b`,
    String.raw`\bsin tomar partido\b`,
    // "No le toca a usted decidir quién tiene razón, ni a mí tampoco": an advice column's answer.
    String.raw`\bno (?:me|nos|le|les) (?:corresponde|toca)(?: a (?:usted|ustedes|mí|mi|nosotros|él|ella))? (?:zanjar|decidir|juzgar|dirimir)\b`,
    String.raw`\bnot (?:for (?:me|us)|(?:my|our) place) to (?:decide|judge|settle|rule)\b`,
  ].join('|'),
  'iu',
);

/** Whether the story declares it takes no side. */
export function abstains(source: string): boolean {
  return ABSTAINS.test(source);
}
