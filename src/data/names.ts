/**
 * The forms of a name: English, the Chinese form the article uses, and its other spellings.
 */

/** Anything with a name in the data (organisation, person, source). */
export interface Named {
  name: string;
  nameZh?: string | undefined;
  aliases?: string[] | undefined;
}

/** Every form of a record's name, for search and for finding it in the article. */
export function namesOf(named: Named): string[] {
  return [named.name, named.nameZh, ...(named.aliases ?? [])].filter((n): n is string => !!n);
}
