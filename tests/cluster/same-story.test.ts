/** Stories written for these tests: the same news from several outlets, and different news that looks alike. */
import { describe, expect, it } from 'vitest';
import { createMatcherFor } from '../../src/app/create-app';
import { findCluster, sameStory } from '../../src/cluster/same-story';
import { storyFeatures, type StoryFeatures } from '../../src/cluster/story-features';
import { loadConfig } from '../../src/config/load-config';
import { matchStory } from '../../src/match/match-story';
import { SHIPPED_CONFIG } from '../support/config-dir';

const matcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));
const HOUR = 3600 * 1000;
const T0 = Date.parse('2025-11-20T12:00:00Z');
const features = (id: string, hoursAfter: number, title: string, text: string): StoryFeatures =>
  storyFeatures(id, T0 + hoursAfter * HOUR, title, text, matchStory(matcher, { title, text }));

const wire = features(
  'wire',
  0,
  'U.S. raises reward for Maduro to $50 million',
  'The State Department raised its reward for information leading to the arrest of Nicolás Maduro to $50 million on Friday. Officials said the 2020 indictment accuses him of narco-terrorism. A separate $25 million reward stands for Diosdado Cabello.',
);
const reprint = features(
  'reprint',
  3,
  'US raises reward for Maduro to $50 million',
  'The State Department on Friday raised its reward for information leading to the arrest of Nicolás Maduro to $50 million. Officials said the 2020 indictment accuses him of narco-terrorism. A $25 million reward remains for Diosdado Cabello.',
);
const spanish = features(
  'es',
  6,
  'EE.UU. eleva a 50 millones de dólares la recompensa por Maduro',
  'El Departamento de Estado elevó este viernes a 50 millones de dólares la recompensa por información que lleve a la captura de Nicolás Maduro. La acusación de 2020 lo señala por narcoterrorismo. Sigue vigente una recompensa de 25 millones por Diosdado Cabello.',
);
const sameFigureOtherNews = features(
  'baseball',
  2,
  'Maduro throws first pitch at Caracas ballpark',
  'President Nicolás Maduro threw the ceremonial first pitch before a winter league game in Caracas on Friday. About 18,000 fans attended. The home team won 7 to 3.',
);

describe('sameStory', () => {
  it('joins a lightly edited wire reprint', () => {
    expect(sameStory(wire, reprint)).toBe(true);
  });

  it('joins a Spanish version of the same news by figures, claims, numbers and time', () => {
    expect(sameStory(wire, spanish)).toBe(true);
  });

  it('keeps apart two stories about the same figure on the same day', () => {
    expect(sameStory(wire, sameFigureOtherNews)).toBe(false);
    expect(sameStory(spanish, sameFigureOtherNews)).toBe(false);
  });

  it('keeps apart two boat strikes on different days with their own figures', () => {
    const first = features('strike-1', 0, 'U.S. strike destroys boat off Venezuela, killing 4', 'Southern Command said a strike destroyed a vessel carrying drugs and killed 4 people. It was the 21st boat hit since September.');
    const second = features('strike-2', 30, 'Another U.S. strike kills 3 aboard alleged drug boat', 'A new strike in the Caribbean killed 3 people aboard a speedboat, officials said. The campaign has now hit 22 boats.');
    expect(sameStory(first, second)).toBe(false);
  });

  it('never joins stories more than 72 hours apart', () => {
    expect(sameStory(wire, { ...reprint, at: wire.at + 73 * HOUR })).toBe(false);
  });
});

describe('findCluster', () => {
  it('points at the earliest story the new one repeats', () => {
    expect(findCluster(spanish, [sameFigureOtherNews, reprint, wire])?.storyId).toBe('wire');
    expect(findCluster(sameFigureOtherNews, [wire, reprint, spanish])).toBeNull();
  });
});
