import type { ParsedStatement } from '../parse/parseArticle.ts';
import type { ListKind } from './language.ts';
import type { FoundTier } from './tiers.ts';

/** What a rule read from the text, before entities are resolved and claims are written. */

export interface RoleMention {
  name: string;
  aliases: string[];
}

export interface MembershipFinding {
  tier: FoundTier;
  roles: RoleMention[];
  evidence: ParsedStatement;
  /** The sentence of the statement that says so, for a quote a reader can check at a glance. */
  sentence: string;
  confidence: number;
}

export interface ListItem {
  statement: ParsedStatement;
  /** The sentence the item sits in, when it is part of one. */
  sentence?: string;
  /** The item's words when it is part of a sentence; null when it is the whole bullet. */
  name: string | null;
}

export interface ListFinding {
  kind: ListKind;
  tier: FoundTier;
  items: ListItem[];
  /** The sentence that introduces the list, when it is not the item's own statement. */
  leadIn: ParsedStatement | null;
  confidence: number;
  /** Read from a clause of running prose rather than from a list or an enumeration. */
  prose?: boolean;
}

export interface CharacteristicFinding {
  tier: FoundTier;
  /** The article's words for the tier on the dimension. */
  summary: string;
  evidence: ParsedStatement[];
}

export interface DimensionFinding {
  name: string;
  characteristics: CharacteristicFinding[];
  confidence: number;
}
