/** plainAlertMessage: the headline, outlet and link of an alert as plain text, safe and within Discord's limits. */
import { describe, expect, it } from 'vitest';
import { plainAlertMessage } from '../../src/deliver/plain-alert-message';
import { messageProblems } from '../support/fake-discord-payloads';

const alert = { title: 'Maduro niega el informe', feedName: 'El Pitazo', url: 'https://elpitazo.example/a?id=1' };

describe('plainAlertMessage', () => {
  it('gives the headline and outlet, then the link without a preview, and nothing else', () => {
    expect(plainAlertMessage(alert)).toEqual({ content: 'Maduro niega el informe · El Pitazo\n<https://elpitazo.example/a?id=1>' });
  });

  it('escapes markdown and breaks mentions in feed text', () => {
    const { content } = plainAlertMessage({ ...alert, title: '@everyone **Cabello** <@123456789012345678>' });
    expect(content).not.toMatch(/@everyone|\*\*Cabello\*\*|<@\d/);
    expect(content).toContain('Cabello');
  });

  it('leaves out a link that is not http(s), and names an untitled story', () => {
    expect(plainAlertMessage({ ...alert, title: '', url: 'javascript:alert(1)' })).toEqual({ content: '(untitled) · El Pitazo' });
    expect(plainAlertMessage({ ...alert, url: null }).content).not.toContain('\n');
  });

  it('shortens a link too long for the message to its origin rather than dropping it', () => {
    const long = plainAlertMessage({ ...alert, title: 'Cartel '.repeat(500), url: `https://elpitazo.example/${'a'.repeat(1900)}` });
    expect(String(long.content).split('\n')[1]).toBe('<https://elpitazo.example>');
  });

  it('stays within what Discord accepts however long the headline and link are', () => {
    const long = plainAlertMessage({ title: 'Cartel '.repeat(500), feedName: 'Medio '.repeat(100), url: `https://x.example/${'a'.repeat(1900)}` });
    expect(messageProblems(long as Record<string, unknown>)).toEqual([]);
    expect(String(long.content).length).toBeLessThanOrEqual(2000);
  });
});
