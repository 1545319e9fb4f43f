import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE, findProfile } from './policy-profile';
import { builtInPublicity, DEFAULT_PROFILE_ID } from './publicity-rules';

describe('builtInPublicity', () => {
  it.each(BUILT_IN_PROFILES.map((profile) => [profile.id, profile] as const))(
    '%s: the same period as the full profile',
    (id, profile) => {
      expect(builtInPublicity(id)).toBe(profile.publicity);
    },
  );

  it.each(['', 'unknown-2030', 'constructor', '__proto__', 'toString'])(
    'unknown id %j: undefined, like findProfile',
    (id) => {
      expect(builtInPublicity(id)).toBeUndefined();
      expect(findProfile(id)).toBeUndefined();
    },
  );

  it('the default id is the default profile', () => {
    expect(DEFAULT_PROFILE_ID).toBe(DEFAULT_PROFILE.id);
  });
});
