/**
 * English, Spanish or other, from function words: they are frequent, short and language-specific, so
 * a few dozen of them decide even a headline and a lead. Portuguese, French, Italian and German are
 * scored too, so that their stories are called "other" rather than forced into English or Spanish.
 */
import type { Language } from '../model';
import type { Token } from './tokenize';

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is was that for on with by from as it its are were has have had be been this which who said says not but an at after over about their they he she would will',
  es: 'el la los las del que y en por con para una un es fue se su sus al como pero sobre tras dijo según también este esta ese esa han ha fueron entre sin ya lo le',
  pt: 'o os do da dos das que e em para com uma um não foi ao à pelo pela são como mas também seu sua nos',
  fr: 'le les des du et est une un dans pour pas sur au aux qui que avec ce cette sont été il elle',
  it: 'il lo gli della delle che è per con una un non sono stato nel nella dei degli anche come',
  de: 'der die das und ist nicht mit den dem ein eine zu von im auf für sich auch des wird wurde',
};

const scoring = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.normalize('NFD').replace(/\p{M}/gu, '').split(' ')) {
    scoring.set(word, [...(scoring.get(word) ?? []), language]);
  }
}

/** The opening words decide: a headline, a lead and a paragraph hold dozens of function words. */
const WORDS_READ = 300;

/** Fewer function words than this and the feed's declared language, if any, decides. */
const MIN_EVIDENCE = 3;

export function detectLanguage(tokens: readonly Token[], declared: string | null = null): Language {
  const scores = new Map<string, number>();
  const read = Math.min(tokens.length, WORDS_READ);
  for (let index = 0; index < read; index++) {
    const languages = scoring.get(tokens[index]!.text);
    if (!languages) continue;
    // A word shared by several languages counts a little for each.
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0] ?? ['', 0];
  const declaredLanguage = declared?.slice(0, 2).toLowerCase() ?? null;
  if (bestScore < MIN_EVIDENCE) {
    if (declaredLanguage === 'en' || declaredLanguage === 'es') return declaredLanguage;
    if (declaredLanguage) return 'other';
    if (bestScore === 0) return 'other';
  }
  return best === 'en' || best === 'es' ? best : 'other';
}
