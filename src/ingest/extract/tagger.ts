import winkNLP, { type TokenItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word and its part of speech (Universal POS tags: NOUN, VERB, AUX, ADJ, ADP, PRON, ...). */
export interface TaggedWord {
  text: string;
  pos: string;
  /** The spaces before the word in the sentence, so a run of words gives back its text. */
  space: string;
}

/** The text of a run of tagged words, as the sentence spells it. */
export const textOf = (words: readonly TaggedWord[]): string =>
  words
    .map((w) => w.space + w.text)
    .join('')
    .trim();

const nlp = winkNLP(model);
// The token helpers used here, as the plain functions handed to `out()` that they are.
const its: { pos: TokenItsFunction<string>; precedingSpaces: TokenItsFunction<string> } = nlp.its;
const cache = new Map<string, TaggedWord[]>();

/**
 * The words of a sentence tagged with their parts of speech by wink-nlp's English model (offline,
 * deterministic). Rules read noun phrases and verb phrases off these tags rather than off lists
 * of particular words; tagged sentences are kept for the process (bounded), as several rules ask.
 */
export function tagged(sentence: string): TaggedWord[] {
  const known = cache.get(sentence);
  if (known) return known;
  const tokens = nlp.readDoc(sentence).tokens();
  const words = tokens.out();
  const tags = tokens.out(its.pos);
  const spaces = tokens.out(its.precedingSpaces);
  const found = words.map((text, i) => ({ text, pos: tags[i] ?? 'X', space: spaces[i] ?? ' ' }));
  if (cache.size > 10_000) cache.clear();
  cache.set(sentence, found);
  return found;
}

// Quantities and degrees that open a question's noun phrase without naming anything ("how much authority").
const degree = /^(much|many|long|more|most|less|least|other|different|same|main|big|biggest|real|key)$/i;

/**
 * The noun phrases of a sentence: runs of adjectives and nouns, with "of" between nouns ("term of
 * office"), cut at a possessive ("a dean's term" gives "dean" and "term"), without the degree
 * words that open a question ("how much authority" gives "authority").
 */
export function nounPhrases(sentence: string): string[] {
  const phrases: string[] = [];
  let current: TaggedWord[] = [];
  const close = () => {
    while (
      current.length > 0 &&
      current[0]!.pos !== 'NOUN' &&
      current[0]!.pos !== 'PROPN' &&
      degree.test(current[0]!.text)
    )
      current.shift();
    while (current.length > 0 && current.at(-1)!.pos !== 'NOUN' && current.at(-1)!.pos !== 'PROPN')
      current.pop();
    if (current.length > 0) phrases.push(current.map((w) => w.text).join(' '));
    current = [];
  };
  const words = tagged(sentence);
  words.forEach((word, i) => {
    const nounish = word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ';
    const joins =
      word.text.toLowerCase() === 'of' &&
      current.at(-1)?.pos === 'NOUN' &&
      (words[i + 1]?.pos === 'NOUN' || words[i + 1]?.pos === 'ADJ');
    if (nounish || joins) current.push(word);
    else close();
  });
  close();
  return phrases;
}
