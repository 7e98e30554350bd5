/**
 * Feed text made safe for a terminal or a log: no escape sequences, no control characters, one line.
 * A feed must not be able to move the cursor, clear the screen or fake another alert.
 */

// C0 and C1 controls (ESC starts ANSI sequences), bidi overrides, and line/paragraph separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function oneLine(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}
