import type { CatalogueEntry } from '../annotations.ts';

/**
 * Names of positions in running text, by the shapes job titles take rather than by a list: chief
 * officers and their acronyms (CFO, CHRO), "head of ...", "vice president of ...", titles ending in
 * manager, director, controller, officer or supervisor, the president, a board (of directors,
 * trustees or governors), and the catalogue's roles by name or alias.
 */
export interface RoleName {
  name: string;
  /** An acronym the text gives in brackets after the name ("Chief Financial Officer (CFO)"). */
  aliases: string[];
  at: number;
  end: number;
}

const titleWord = "[A-Z][A-Za-z&'-]*";
const shapes: RegExp[] = [
  /\bchief(?: [a-z]+){1,2} officer\b(?: \(([A-Z]{2,5})\))?/gi,
  /\b(?:head|vice president|director) of (?:the )?[a-z&]+(?: (?:and )?[a-z&]+)?\b(?: \(([A-Z]{2,5})\))?/gi,
  new RegExp(
    `\\b(?:${titleWord} ){0,3}(?:Manager|Director|Controller|Officer|Supervisor|Administrator|Coordinator)\\b(?: \\(([A-Z]{2,5})\\))?`,
    'g',
  ),
  /(?<=\b(?:[Tt]he|an?|[Tt]wo|[Tt]hree|[Ff]our|[Ee]ach|[Ee]very|[Aa]ll|[Oo]ur|[Yy]our|[Ii]ts) )(?:[a-z]+ ){0,2}(?:manager|director|controller|supervisor|officer|assistant|nurse|coordinator)s?\b/g,
  /\b(?:C[A-Z]{1,3}O|MD|VP)s?\b/g,
  /\bboards? of (?:directors|trustees|governors)\b/gi,
  /\b(?<!vice )president\b/gi,
];

// Words a title-shaped match starts with that are not part of the title.
const leading = /^(?:the|a|an|our|your|their|its|each|every|most|many|some|good|new|any|this|that) /i;
// "head of" followed by a common word is no title ("head of the table" aside, "head of department" is).
const notTitle = /^(?:head of (?:the )?(?:business|company|organisation|organization|team|day|year))$/i;

/** The role names in a text, left to right, without overlaps (the longer match wins). */
export function roleNamesIn(text: string, catalogue: readonly CatalogueEntry[] = []): RoleName[] {
  const found: RoleName[] = [];
  for (const shape of [...shapes, ...catalogueShapes(catalogue)]) {
    for (const m of text.matchAll(shape)) {
      let name = m[0].replace(/ \([A-Z]{2,5}\)$/, '');
      let at = m.index;
      while (leading.test(name)) {
        const cut = leading.exec(name)![0].length;
        name = name.slice(cut);
        at += cut;
      }
      if (name.split(' ').length > 6 || notTitle.test(name)) continue;
      found.push({
        name: singular(name, catalogue),
        aliases: m[1] ? [m[1]] : [],
        at,
        end: at + name.length,
      });
    }
  }
  found.sort((a, b) => a.at - b.at || b.end - b.at - (a.end - a.at));
  return found.filter((r, i) => !found.slice(0, i).some((o) => o.at <= r.at && o.end >= r.end && o !== r));
}

// The catalogue's roles and the names the page's headings give roles: acronyms as written, other
// names in any letter case, singular or plural.
function catalogueShapes(catalogue: readonly CatalogueEntry[]): RegExp[] {
  const names = catalogue.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.length >= 2);
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const acronyms = names.filter((n) => /^[A-Z&]+$/.test(n)).map(escape);
  const words = names.filter((n) => !/^[A-Z&]+$/.test(n)).map(escape);
  return [
    ...(acronyms.length ? [new RegExp(`\\b(?:${acronyms.join('|')})s?\\b`, 'g')] : []),
    ...(words.length ? [new RegExp(`\\b(?:${words.join('|')})(?:e?s)?\\b`, 'gi')] : []),
  ];
}

/** A plural title made singular ("CMOs", "Shift supervisors", "Curators"), as the catalogue names it if it does. */
function singular(name: string, catalogue: readonly CatalogueEntry[]): string {
  if (/^[A-Z]+s$/.test(name)) return name.slice(0, -1);
  const known = catalogue
    .flatMap((e) => [e.name, ...e.aliases])
    .find((n) => [n, `${n}s`, `${n}es`].some((form) => form.toLowerCase() === name.toLowerCase()));
  if (known) return known;
  // Only a title that ends in its noun is plural there ("board of trustees" is one body).
  if (/\bof\b/i.test(name)) return name;
  return name.replace(
    /(?<=(?:manager|director|controller|officer|supervisor|administrator|coordinator|assistant|nurse))s$/i,
    '',
  );
}
