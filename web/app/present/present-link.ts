/** `?present=<id>`: this window is the projector of presentation <id>. */
export const PRESENT_PARAM = 'present';

/** The presentation this window projects, or null when it is not a projector window. */
export function projectorOf(search: string): string | null {
  const id = new URLSearchParams(search).get(PRESENT_PARAM);
  return id !== null && /^[A-Za-z0-9-]{8,64}$/.test(id) ? id : null;
}
