/**
 * People's names as the charts show them.
 */
import type { Person } from '../data/schema';
import { localName, type Lang } from '../i18n/locale';

/**
 * A person's display name in `lang` (the Chinese form the article uses, where there is one); "[sic]" marks a
 * spelling kept as the article prints it. The id itself for an unknown person, so bad data never shows blank.
 */
export function personName(person: Person | undefined, id: string, lang: Lang = 'en'): string {
  if (!person) return id;
  const name = localName(person, lang);
  return person.sic ? `${name} [sic]` : name;
}
