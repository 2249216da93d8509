import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Extraction } from './extractArticle.ts';

/**
 * What extraction found, as an annotations file for a curator to review: the curated format (quotes
 * that resolve, new entities under `entities:`), each claim's confidence as a comment beside it.
 * Loaded back with `--annotations`, its claims are curated.
 */
export function draftAnnotations(extraction: Extraction, article: string): string {
  const document = new Document(extraction.annotations);
  document.commentBefore = [
    ` Draft annotations of ${article}, written by extraction: review every claim, delete what is wrong,`,
    ' add what is missing, then load it with --annotations (its claims become curated).',
    ' "confidence" comments are the extraction\'s own; quotes cite the statements each claim was read from.',
    ...(extraction.noClaims ? [` Warning: ${extraction.noClaims}.`] : []),
  ].join('\n');
  for (const [path, confidence] of extraction.confidence) {
    const node = document.getIn(
      path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      true,
    ) as Node | undefined;
    if (node && (isMap(node) || isScalar(node) || isSeq(node)))
      node.comment = ` confidence ${confidence.toFixed(2)}`;
  }
  return document.toString({ lineWidth: 0 });
}
