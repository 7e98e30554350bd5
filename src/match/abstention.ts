/**
 * A writer who says outright that the piece takes no side ("This column takes no view on whether that
 * charge will hold up", "No pretendo discutir aquí si esa acusación es cierta o falsa", a book that
 * "no pretende resolver nada"). Columns and reviews say so when they relay both camps' charges to make
 * another point: whatever side their sentences relay, the story only mentions the claims. Genre
 * grammar, not beat wording, so it lives here.
 */
const ABSTAINS = new RegExp(
  [
    String.raw`\b(?:takes?|taking) no (?:view|position|stance|side)\b`,
    String.raw`\b(?:does|do|will|did) not (?:take|pick) (?:a )?(?:sides?|position|stance)\b`,
    String.raw`\bresists? ruling\b`,
    String.raw`\bno pretend(?:o|emos|e|en|ía|ia) (?:zanjar|discutir|resolver|decidir|juzgar|dirimir)\b`,
    String.raw`\bno tom(?:o|amos|a|an) partido\b`,
    String.raw`\bsin tomar partido\b`,
    String.raw`\bno (?:me|nos|le) corresponde (?:zanjar|decidir|juzgar|dirimir)\b`,
  ].join('|'),
  'iu',
);

/** Whether the story declares it takes no side. */
export function abstains(source: string): boolean {
  return ABSTAINS.test(source);
}
