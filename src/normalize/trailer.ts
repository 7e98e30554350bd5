/**
 * Links feeds append after an item's text: "Continue reading...", "Leer más »", a closing "[…]" and
 * WordPress's "The post X appeared first on Y." They are not news: kept, they enter summaries, count
 * the title's figures twice and can tip a Spanish story's language to English.
 */

/** Trailers are short (the longest repeats a title): only this much of the last paragraph is read. */
const TAIL = 1_000;
/** At most this many trailers are peeled off one end ("excerpt […]", then "Continue reading →"). */
const MAX_TRAILERS = 3;

/** Every trailer holds one of these: one cheap test spares most stories the sentence-by-sentence look. */
const TRAILER_HINT = /read|lee|leyendo|first|primero/i;
/** A sentence starts after closing punctuation and one space (paragraphs are whitespace-collapsed). */
const SENTENCE_START = /(?<=[.!?…"”»)\]] )(?=\S)/g;
const READ_MORE =
  /^[[(«»→>›]?\s*(?:continue reading|keep reading|read more|read (?:the )?full (?:story|article)|seguir leyendo|sigue leyendo|leer m[aá]s|lee m[aá]s|leer (?:la )?nota completa|leer (?:el )?art[ií]culo completo)(?![\p{L}\p{N}])(.*)$/iu;
const POST_FIRST =
  /^(?:the post|el post|la entrada|el art[ií]culo)\s+([^\n]+?)\s+(?:appeared first on|first appeared on|se public[oó] primero en|apareci[oó] primero en|fue publicad[oa] primero en)\s+(?:(?![.!?…]\s)[^\n]){1,150}$/iu;
const SENTENCE_BREAK = /[.!?…]\s/;
/** What may surround a read-more link: arrows, dots, brackets, quotes. */
const DECORATION = /^[\s.…:»«→>›\]()[“”"'‘’–—-]*$/u;
/** How excerpts say "cut here"; "…" says it without brackets. */
const ELLIPSIS_MARKS = ['[…]', '[...]'];

/**
 * `text` without the trailers at its end, each only as a paragraph or sentence of its own and never
 * mid-text; a closing "[…]" becomes "…". `title` is the item's title: "The post X appeared first on Y"
 * inside a paragraph is a trailer only when X is the title, and on its own line when X is one sentence.
 */
export function stripTrailers(text: string, title: string): string {
  let out = text.trimEnd();
  for (let peeled = 0; peeled < MAX_TRAILERS; peeled++) {
    const cut = trailerStart(out, title);
    if (cut !== -1) {
      out = out.slice(0, cut).trimEnd();
      continue;
    }
    const mark = ELLIPSIS_MARKS.find((candidate) => out.endsWith(candidate));
    if (mark !== undefined) out = withEllipsis(out.slice(0, -mark.length));
    break;
  }
  return out;
}

/** Where the trailer that ends `text` starts, or -1 when there is none. */
function trailerStart(text: string, title: string): number {
  const paragraphStart = text.lastIndexOf('\n') + 1;
  const from = Math.max(paragraphStart, text.length - TAIL);
  const line = text.slice(from);
  if (!TRAILER_HINT.test(line)) return -1;
  const starts = from === paragraphStart ? [0] : [];
  for (const match of line.matchAll(SENTENCE_START)) starts.push(match.index);
  for (const start of starts) {
    if (isTrailer(line.slice(start), from + start === paragraphStart, title)) return from + start;
  }
  return -1;
}

function isTrailer(candidate: string, ownParagraph: boolean, title: string): boolean {
  const readMore = READ_MORE.exec(candidate);
  if (readMore) {
    const rest = readMore[1]!;
    // "Continue reading “Title” →" names the post it links to.
    return DECORATION.test(rest) || (title !== '' && rest.includes(title) && DECORATION.test(rest.replace(title, '')));
  }
  // X is the post's title; a paragraph of its own may differ from the item's title, but then is
  // one sentence, so that "El artículo 5 … apareció primero en …" in a story's last lines stays.
  const post = POST_FIRST.exec(candidate);
  if (post === null) return false;
  return sameTitle(post[1]!, title) || (ownParagraph && !SENTENCE_BREAK.test(post[1]!));
}

function sameTitle(a: string, b: string): boolean {
  const words = (text: string): string => text.replace(/^["“«']+|["”»']+$/gu, '').toLowerCase();
  return words(a) === words(b);
}

/** "dijo que, " → "dijo que…"; "las pruebas. " stays "las pruebas." A loop, so hostile runs of commas cannot make a regex backtrack. */
function withEllipsis(text: string): string {
  let end = text.length;
  while (end > 0 && ' ,;:'.includes(text[end - 1]!)) end--;
  const kept = text.slice(0, end);
  return kept === '' || '.!?…'.includes(kept[kept.length - 1]!) ? kept : `${kept}…`;
}
