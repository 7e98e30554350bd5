/**
 * Fails a test when anything rejected without a handler while it ran: discord.js reports failures in
 * event handlers only that way. Call once at the top of a test file.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export function failOnUnhandledRejections(): void {
  const rejections: unknown[] = [];
  const collect = (reason: unknown): void => {
    rejections.push(reason);
  };
  beforeAll(() => {
    process.on('unhandledRejection', collect);
  });
  afterEach(async () => {
    // Let rejections from the test's last moments surface before checking.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = rejections.splice(0);
    expect(seen.map((reason) => (reason instanceof Error ? reason.stack ?? reason.message : String(reason)))).toEqual([]);
  });
  afterAll(() => {
    process.off('unhandledRejection', collect);
  });
}
