import { describe, expect, it } from 'vitest';
import {
  isBodyNoun,
  isCollectiveNoun,
  isPersonNoun,
  nounLexicon,
  readNounLexicon,
} from '../../../src/ingest/extract/lexicon.ts';
import { isGroupName, isRoleName, leadsDutiesOrSkills } from '../../../src/ingest/extract/language.ts';

// Reading WordNet's 15 MB noun file once takes a few hundred milliseconds; on a busy machine more.
describe('the WordNet noun lexicon', { timeout: 30_000 }, () => {
  it('holds kinds of person from noun.person, in lower case with spaces between words', () => {
    const { persons } = nounLexicon();
    expect(persons.size).toBeGreaterThan(5_000);
    for (const lemma of ['bursar', 'superintendent', 'quartermaster', 'prime minister', 'commander in chief'])
      expect(persons.has(lemma)).toBe(true);
    // named individuals (instances) and capitalised names are not kinds of person
    expect(persons.has('einstein')).toBe(false);
    expect([...persons].every((lemma) => lemma === lemma.toLowerCase() && !lemma.includes('_'))).toBe(true);
  });

  it('accepts person nouns in either number, irregular plurals and hyphenated compounds included', () => {
    for (const noun of [
      'Bailiff',
      'superintendents',
      'aldermen',
      'chairwomen',
      'secretaries',
      'bosses',
      'counsel',
    ])
      expect(isPersonNoun(noun), noun).toBe(true);
    for (const noun of ['vice-president', 'co-founder', 'officer-in-charge', 'editor-in-chief'])
      expect(isPersonNoun(noun), noun).toBe(true);
  });

  it('refuses nouns that name no person', () => {
    for (const noun of [
      'budget',
      'strategy',
      'budgets',
      'planning',
      'operations',
      'finance',
      'payroll',
      'committee',
    ])
      expect(isPersonNoun(noun), noun).toBe(false);
  });

  it('names organisational bodies from the noun.group senses below "administrative unit", not groups at large', () => {
    for (const noun of ['committee', 'boards', 'council', 'subcommittee', 'directorate'])
      expect(isBodyNoun(noun), noun).toBe(true);
    for (const noun of ['team', 'family', 'crowd', 'budget', 'manager'])
      expect(isBodyNoun(noun), noun).toBe(false);
  });

  it('names groups of people from the noun.group senses below "social group"', () => {
    for (const noun of ['team', 'staff', 'leadership', 'management', 'workforce', 'board'])
      expect(isCollectiveNoun(noun), noun).toBe(true);
    for (const noun of ['budget', 'strategy', 'level']) expect(isCollectiveNoun(noun), noun).toBe(false);
  });

  it('reads data.noun lines by their lexicographer file and follows hypernyms to the anchor', () => {
    // A made-up four-synset excerpt in WordNet's format: two groups under "administrative unit", a person, an instance.
    const data = [
      '  1 This software and database is being provided ... (licence header)',
      '08094128 14 n 02 administrative_unit 0 administrative_body 0 001 @ 07967506 n 0000 | a unit with administrative responsibilities',
      '07967506 14 n 01 social_group 0 000 | people sharing some social relation',
      '08341444 14 n 02 committee 0 commission 0 001 @ 08094128 n 0000 | a special group delegated to consider some matter',
      '08339911 14 n 01 board 0 001 @ 08341444 n 0000 | a committee having supervisory powers',
      '10717000 18 n 02 bursar 0 financial_officer 0 001 @ 10000000 n 0000 | an officer charged with receiving and disbursing funds',
      '11000000 18 n 01 Pius_II 0 001 @i 10473089 n 0000 | Italian pope',
      '12000000 13 n 01 budget 0 000 | a sum of money allocated for a particular purpose',
      '',
    ].join('\n');
    const lexicon = readNounLexicon(Buffer.from(data));
    expect([...lexicon.persons].sort()).toEqual(['bursar', 'financial officer']);
    expect([...lexicon.bodies].sort()).toEqual([
      'administrative body',
      'administrative unit',
      'board',
      'commission',
      'committee',
    ]);
    expect(lexicon.collectives.has('board')).toBe(true);
  });

  it('says what is missing when the file has no anchor synset', () => {
    expect(() => readNounLexicon(Buffer.from('10717000 18 n 01 bursar 0 000 | an officer\n'))).toThrow(
      /no noun\.group synset "administrative unit"/,
    );
  });
});

describe('whether a phrase names a position', { timeout: 30_000 }, () => {
  it('accepts a phrase whose head noun names a person, or an acronym', () => {
    for (const phrase of [
      'Plant superintendent',
      'College bursar',
      'Quartermaster',
      'Head of procurement',
      'CFO',
    ])
      expect(isRoleName(phrase), phrase).toBe(true);
  });

  it('accepts a body only when the phrase says which one', () => {
    for (const phrase of ['Appeals subcommittee', 'Board of governors', 'Works council'])
      expect(isRoleName(phrase), phrase).toBe(true);
    expect(isRoleName('Committee')).toBe(false);
    expect(isRoleName('Boards')).toBe(false);
  });

  it('refuses phrases whose head names no person', () => {
    for (const phrase of ['Annual budget', 'Budget', 'Growth strategy', 'Strategic planning', 'Payroll'])
      expect(isRoleName(phrase), phrase).toBe(false);
  });

  it('keeps a kind of person in a plural ("employees"): whether a list of them is a tier\'s positions is the list\'s question', () => {
    expect(isPersonNoun('employees')).toBe(true);
    expect(isRoleName('Employees')).toBe(true);
    // generic relational words alone, or a hedged group, describe people rather than name a post
    expect(isRoleName('Members')).toBe(false);
    expect(isRoleName('Top executives')).toBe(false);
  });

  it('names groups of people by their last word: person nouns, groups of people, levels and tiers', () => {
    for (const phrase of ['Area managers', 'the leadership team', 'Middle level', 'Shop-floor workforce'])
      expect(isGroupName(phrase), phrase).toBe(true);
    for (const phrase of ['Annual budget', 'Growth strategy'])
      expect(isGroupName(phrase), phrase).toBe(false);
  });
});

describe('words before a list that say it lists duties or skills', () => {
  it('holds for a subject of duties or skills and for a duty opening with an -ing form', () => {
    expect(leadsDutiesOrSkills("A depot manager's duties")).toBe(true);
    expect(leadsDutiesOrSkills('Typical weekly tasks')).toBe(true);
    expect(leadsDutiesOrSkills('Keeping records of deliveries,')).toBe(true);
  });

  it('does not hold for positions, an aside, or examples of a whole clause', () => {
    expect(leadsDutiesOrSkills('Typical job titles')).toBe(false);
    expect(leadsDutiesOrSkills('Roles at this level')).toBe(false);
    expect(leadsDutiesOrSkills('Depending on the firm')).toBe(false);
    expect(leadsDutiesOrSkills('A warden runs a unit within a region,')).toBe(false);
  });
});
