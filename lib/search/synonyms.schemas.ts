import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { searchWords } from './search-query.rules';

export const MAX_SYNONYM_TERMS = 20;

/**
 * A synonym group as a merchandiser types it: terms separated by commas or lines ("bicycle, bike,
 * Fahrrad, Rad"), each read like a query (lower case, words only), duplicates dropped.
 */
export const synonymTerms = z
  .string()
  .max(2000, fieldMessage('synonyms_too_many'))
  .transform((text) => [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((term) => searchWords(term).join(' '))
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string())
      .min(2, fieldMessage('synonyms_too_few'))
      .max(MAX_SYNONYM_TERMS, fieldMessage('synonyms_too_many')),
  );

export const synonymGroupInput = z.object({ terms: synonymTerms });
export type SynonymGroupInput = z.output<typeof synonymGroupInput>;

export const synonymGroupId = z.object({ groupId: z.uuid(fieldMessage('unknown_synonym_group')) });
