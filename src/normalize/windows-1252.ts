/**
 * Windows-1252 punctuation that arrives as C1 code points: XML numeric references such as `&#146;`
 * (the XML parser turns them into U+0092, where HTML would give ’) and text decoded as latin1.
 */

/** The WHATWG windows-1252 characters for 0x80–0x9F; the five it leaves undefined stay as they are. */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const C1 = /[\u0080-\u009f]/g;

/** Text with each C1 code point read as the windows-1252 character it stands for ("Maduro\u0092s" → "Maduro’s"). */
export function repairWindows1252(text: string): string {
  return text.replace(C1, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}
