/**
 * English, Spanish or other, from function words: they are frequent, short and language-specific, so
 * a few dozen of them decide even a headline and a lead. Portuguese, French, Italian and German are
 * scored too, so that their stories are called "other" rather than forced into English or Spanish.
 */
import type { Language } from '../model';

// Words that several languages share ("de", "a", "no", "in") are listed under each: they add evidence
// without tipping the choice, and headlines often hold nothing else.
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to in a is was that for on with by from as it its are were has have had be been this which who said says not no but or an at after over about into than their they he she his her them we you our would will can could also more there off under near around against again because while when if out up all what',
  es: 'el la los las de del que y en a por con para una un es fue se su sus al como pero sobre tras dijo según también este esta ese esa han ha fueron entre sin ya lo le no más o hay desde hasta ante contra durante otro otra otros otras ni donde cuando porque si muy están será nos mientras',
  pt: 'o os de do da dos das que e em no na a para com por uma um não foi ao pelo pela são como mas mais ou também seu sua nos se sobre este esta já foram',
  fr: 'le la les de des du et est une un dans en à par pour pas sur au aux qui que avec ce cette sont été il elle ne se plus ou mais',
  it: 'il lo la le gli di della delle che è per con una un in a da non sono stato nel nella dei degli anche come si ha ma',
  de: 'der die das und ist nicht mit den dem ein eine zu in an von im auf für sich auch des wird wurde zum zur',
};

const LANGUAGES = Object.keys(FUNCTION_WORDS);

/** Which languages a function word belongs to, and how much it gives each: shared words count less. */
interface Scoring {
  languages: readonly number[];
  share: number;
}

const scoring = new Map<string, Scoring>();
{
  const byWord = new Map<string, number[]>();
  LANGUAGES.forEach((language, index) => {
    for (const word of FUNCTION_WORDS[language]!.normalize('NFD').replace(/\p{M}/gu, '').split(' ')) {
      byWord.set(word, [...(byWord.get(word) ?? []), index]);
    }
  });
  for (const [word, languages] of byWord) scoring.set(word, { languages, share: 1 / languages.length });
}

/** The opening words decide: a headline, a lead and a paragraph hold dozens of function words. */
const WORDS_READ = 300;

/** Fewer function words than this and the feed's declared language, if any, decides. */
const MIN_EVIDENCE = 3;

/**
 * The language with the highest score; among equal scores, the one whose first function word came
 * first. Fixed arrays instead of a map and a sort: this runs for every story.
 */
function bestLanguage(words: readonly string[]): { best: string; bestScore: number } {
  const scores = new Float64Array(LANGUAGES.length);
  const firstSeen = new Int32Array(LANGUAGES.length).fill(-1);
  let seen = 0;
  const read = Math.min(words.length, WORDS_READ);
  for (let index = 0; index < read; index++) {
    const entry = scoring.get(words[index]!);
    if (!entry) continue;
    for (const language of entry.languages) {
      if (firstSeen[language] === -1) firstSeen[language] = seen++;
      scores[language] = scores[language]! + entry.share;
    }
  }
  let best = -1;
  for (let language = 0; language < LANGUAGES.length; language++) {
    if (firstSeen[language] === -1) continue;
    if (best === -1 || scores[language]! > scores[best]! || (scores[language] === scores[best] && firstSeen[language]! < firstSeen[best]!)) best = language;
  }
  return best === -1 ? { best: '', bestScore: 0 } : { best: LANGUAGES[best]!, bestScore: scores[best]! };
}

/** Whether a folded word is a function word of some language scored here ("the", "segun", "mais"). */
export function isFunctionWord(word: string): boolean {
  return scoring.has(word);
}

/** From a story's folded words, in order. */
export function detectLanguage(words: readonly string[], declared: string | null = null): Language {
  const { best, bestScore } = bestLanguage(words);
  const declaredLanguage = declared?.slice(0, 2).toLowerCase() ?? null;
  if (bestScore < MIN_EVIDENCE) {
    if (declaredLanguage === 'en' || declaredLanguage === 'es') return declaredLanguage;
    if (declaredLanguage) return 'other';
    if (bestScore === 0) return 'other';
  }
  return best === 'en' || best === 'es' ? best : 'other';
}
