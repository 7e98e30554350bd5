const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters (UTF-16 units, like String#length), ending at a word
 * boundary with an ellipsis. Feeds are hostile: a 5 MB "title" must not flow into every later stage.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return text.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  let cut = room;
  const lastSpace = text.lastIndexOf(' ', room);
  const lastBreak = text.lastIndexOf('\n', room);
  const boundary = Math.max(lastSpace, lastBreak);
  // One giant "word" (a hostile run without spaces) would leave almost nothing: cut it mid-word instead.
  if (boundary > room / 2) cut = boundary;
  // Never split a surrogate pair: half an emoji is not text.
  const before = text.charCodeAt(cut - 1);
  if (cut === room && before >= 0xd800 && before <= 0xdbff) cut -= 1;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}
