// Demo synonym groups (German and English words a shopper of a bicycle and outdoor shop types);
// merchandisers edit them under /admin/search/synonyms.
import type { Executor } from '../client';
import { searchSynonymGroups } from '../schema';

export const DEMO_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['bicycle', 'bike', 'bikes', 'fahrrad', 'fahrräder', 'rad', 'velo'],
  ['mountain bike', 'mtb', 'mountainbike'],
  ['e bike', 'ebike', 'pedelec', 'elektrofahrrad'],
  ['tent', 'tents', 'zelt', 'zelte'],
  ['lock', 'locks', 'schloss', 'fahrradschloss'],
  ['helmet', 'helmets', 'helm', 'fahrradhelm'],
  ['backpack', 'backpacks', 'rucksack', 'rucksäcke'],
  ['sleeping bag', 'schlafsack'],
  ['jacket', 'jacke', 'rain jacket', 'regenjacke'],
  ['light', 'lights', 'lamp', 'licht', 'beleuchtung'],
  ['tyre', 'tire', 'tyres', 'reifen', 'mantel'],
  ['pump', 'luftpumpe', 'pumpe'],
  ['stove', 'kocher', 'gaskocher'],
  ['kids', 'children', 'kinder'],
  ['folding bike', 'faltrad', 'klapprad'],
  ['cargo bike', 'lastenrad'],
];

export async function seedDemoSynonyms(tx: Executor): Promise<number> {
  await tx.insert(searchSynonymGroups).values(DEMO_SYNONYM_GROUPS.map((terms) => ({ terms: [...terms] })));
  return DEMO_SYNONYM_GROUPS.length;
}
