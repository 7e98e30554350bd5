/** The sink used without Discord: alerts and health notices printed to a stream, readable or as JSON lines. */
import type { Writable } from 'node:stream';
import { formatConsoleAlert, formatConsoleOutletUpdate, formatJsonAlert } from '../format/format-console';
import { formatConsoleNotice, formatJsonNotice } from '../format/format-health-notice';
import type { AlertSink } from './deliver-pending';
import type { NoticeSink } from './deliver-notices';

export function createConsoleSink(out: Writable, mode: 'text' | 'jsonl'): AlertSink & NoticeSink {
  let printed = 0;
  const print = (text: string, ref: string): Promise<string> =>
    new Promise((resolve, reject) => {
      out.write(text, (error) => (error ? reject(error) : resolve(`${mode}:${ref}:${++printed}`)));
    });
  return {
    name: mode === 'jsonl' ? 'jsonl' : 'console',
    async deliver(alert, alertId) {
      // A stream takes everything or fails as a whole: no channel to give up.
      const ref = await print(mode === 'jsonl' ? formatJsonAlert(alert) : formatConsoleAlert(alert) + '\n', String(alertId));
      return { ref, givenUp: [] };
    },
    async update(alert, alertId) {
      const text = mode === 'jsonl' ? JSON.stringify({ update: alertId, story: alert.storyId, outlets: alert.outlets ?? [] }) + '\n' : formatConsoleOutletUpdate(alert) + '\n';
      await print(text, `update-${alertId}`);
      return [];
    },
    deliverNotice(notice, noticeId) {
      return print(mode === 'jsonl' ? formatJsonNotice(notice) : formatConsoleNotice(notice) + '\n', `notice-${noticeId}`);
    },
  };
}
