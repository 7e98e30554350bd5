/**
 * Feed text made safe for a terminal or a log: no escape sequences, no control characters, one line.
 * A feed must not be able to move the cursor, clear the screen or fake another alert.
 */
import { stripControls } from './discord-text';

// C0 and C1 controls (ESC starts ANSI sequences) and line/paragraph separators become spaces, so the
// text an escape sequence leaves behind stays apart from its neighbours.
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Then stripControls removes what shows nothing (bidi marks, zero-width and tag characters), as for Discord. */
export function oneLine(text: string): string {
  return stripControls(text.replace(CONTROLS_AND_BREAKS, ' ')).replace(/\s+/g, ' ').trim();
}
