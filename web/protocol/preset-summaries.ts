import type { PresetText } from '../text/messages/presets.ts';
import type { PresetId } from './presets.ts';

/**
 * What a preset shows, in words (web/text/messages/presets.ts): `npm run trace -- --help` lists
 * them. The key of every preset's title and summary is checked against the catalogue's keys.
 */
export function presetSummary(id: PresetId): { title: PresetText; summary: PresetText } {
  return { title: { key: `preset.${id}.title` }, summary: { key: `preset.${id}.summary` } };
}
