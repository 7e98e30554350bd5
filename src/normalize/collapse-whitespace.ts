/**
 * Runs of whitespace as single plain spaces. Most story text already has only lone spaces, and then
 * a test that allocates nothing answers instead of a replace that rebuilds the whole string.
 */

/** Whitespace that collapsing would change: anything but a lone plain space. */
const LOOSE_SPACE = /[^\S ]| \s/;
const WHITESPACE_RUN = /\s+/g;

export function collapseWhitespace(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(WHITESPACE_RUN, ' ') : text;
}
