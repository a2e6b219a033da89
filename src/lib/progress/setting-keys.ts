/** Setting keys the data layer itself relies on. */
export const ACTIVE_PROFILE_KEY = 'activeProfileId';
