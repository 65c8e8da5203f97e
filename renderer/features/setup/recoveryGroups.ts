/** Splitting a recovery key for display and picking the groups to type back. */

export const RECOVERY_KEY_GROUPS = 8;

/** `7K2M-AB3C-…` → ['7K2M', 'AB3C', …]. */
export function splitRecoveryKey(key: string): string[] {
  return key
    .split('-')
    .map((group) => group.trim())
    .filter((group) => group !== '');
}

/** Two distinct 1-based group numbers in ascending order. */
export function pickTwoGroups(groupCount = RECOVERY_KEY_GROUPS, random: () => number = Math.random): [number, number] {
  const first = 1 + Math.floor(random() * groupCount);
  let second = 1 + Math.floor(random() * (groupCount - 1));
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}
