/** The sink used without Discord: alerts printed to a stream, readable or as JSON lines. */
import type { Writable } from 'node:stream';
import { formatConsoleAlert, formatJsonAlert } from '../format/format-console';
import type { AlertSink } from './deliver-pending';

export function createConsoleSink(out: Writable, mode: 'text' | 'jsonl'): AlertSink {
  let printed = 0;
  return {
    name: mode === 'jsonl' ? 'jsonl' : 'console',
    deliver(alert, alertId) {
      const text = mode === 'jsonl' ? formatJsonAlert(alert) : formatConsoleAlert(alert) + '\n';
      return new Promise((resolve, reject) => {
        out.write(text, (error) => (error ? reject(error) : resolve(`${mode}:${alertId}:${++printed}`)));
      });
    },
  };
}
