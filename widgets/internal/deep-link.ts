/**
 * Widget state in the page URL, so a decision or a filtered list can be shared: the hash
 * `#gs-record=ID` or `#gs-q=…&gs-agency=…`, also read from the query string (`?gs-record=ID`)
 * for CMS templates that drop hashes. Keys carry a `gs-` prefix because portal URLs already
 * use `page`, `id` and `q` for themselves.
 */
export const LINK_PREFIX = 'gs-';

export type LinkState = Readonly<Record<string, string>>;

/** Our keys from the hash (which wins) and the query string, without the prefix. */
export function readLinkState(location: Location = window.location): LinkState {
  const state: Record<string, string> = {};
  const take = (params: URLSearchParams) => {
    params.forEach((value, key) => {
      if (key.startsWith(LINK_PREFIX) && value !== '') state[key.slice(LINK_PREFIX.length)] = value;
    });
  };
  take(new URLSearchParams(location.search));
  const hash = location.hash.replace(/^#/, '');
  if (hash.includes('=')) take(new URLSearchParams(hash));
  return state;
}

/** The hash (with `#`) for a state; empty values are left out. */
export function linkHash(state: LinkState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value) params.set(`${LINK_PREFIX}${key}`, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '#';
}

/** Whether the current hash holds our state (a plain `#main` anchor is the portal's own). */
export function hashIsOurs(location: Location = window.location): boolean {
  return new URLSearchParams(location.hash.replace(/^#/, '')).toString().includes(LINK_PREFIX);
}
