/** How figure names and aliases are compared: accents, case and punctuation do not count. */
import { foldText } from '../match/fold';
import type { AliasConfig, EntityConfig } from './schema';

/**
 * "Nicolás  Maduro" and "nicolas-maduro" have the same key: "nicolas maduro". Invisible format
 * characters (a zero-width space or soft hyphen pasted along with a name) are dropped, not read as a
 * word break: "Ca\u200bbello" is "cabello".
 */
export function nameKey(text: string): string {
  return foldText(text.replace(/\p{Cf}/gu, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The id a new figure gets from its name: "Nicolás Maduro" → "nicolas-maduro". Empty when no letters. */
export function slugOf(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}

export function aliasText(alias: AliasConfig): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** The canonical name and every alias, ambiguous ones too. */
export function namesOf(entity: EntityConfig): string[] {
  return [entity.name, ...entity.aliases.map(aliasText)];
}
