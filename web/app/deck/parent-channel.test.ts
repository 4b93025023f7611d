import { describe, expect, it, vi } from 'vitest';
import { createParentChannel } from './parent-channel.ts';

describe('an invalid ?parent=', () => {
  it('is warned about once, when the frame opens its line to the deck', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const parent = { postMessage: () => {}, focus: () => {} };
    const frame = { parent, location: { search: '?embed=1&parent=slides.example.org' } };
    createParentChannel(frame as unknown as Window);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('“slides.example.org” is not an origin');
    warn.mockRestore();
  });
});
