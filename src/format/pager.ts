/**
 * Paging for long replies: which slice of a list a page shows, and the row of back and forward
 * buttons under it. Each button's custom id says which page it opens, so a click needs no state.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';

export interface Page<T> {
  items: T[];
  /** 1-based, within 1..pages: a page past the end (an old button, a list that shrank) shows the last. */
  page: number;
  pages: number;
}

export function pageOf<T>(all: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: all.slice((shown - 1) * size, shown * size), page: shown, pages };
}

export interface PagerButton {
  label: string;
  customId: string;
  /** No page that way. */
  disabled: boolean;
}

/** The buttons in one row; none at all when neither leads anywhere. */
export function pagerRow(back: PagerButton, forward: PagerButton): APIActionRowComponent<APIButtonComponent> | null {
  if (back.disabled && forward.disabled) return null;
  const button = ({ label, customId, disabled }: PagerButton): APIButtonComponent => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled });
  return { type: ComponentType.ActionRow, components: [button(back), button(forward)] };
}
