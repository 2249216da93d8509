// @huggingface/tokenizers 0.2.0 ships declarations whose relative imports have no file extension,
// which NodeNext resolution cannot follow, so its classes would type as errors. This declares the
// part used here, as its `types/core/Tokenizer.d.ts` states it.
declare module '@huggingface/tokenizers' {
  export interface Encoding {
    ids: number[];
    tokens: string[];
    attention_mask: number[];
  }
  export class Tokenizer {
    constructor(tokenizer: object, config: object);
    encode(text: string): Encoding;
  }
}
