import { describe, expect, it } from 'vitest';
import { embeddingCosine, embeddingSize, embedTexts } from '../../src/similarity/sentenceModel.ts';

describe('sentence model', () => {
  it('embeds as the published model does: its own example sentences score as it prints them', async () => {
    const [weather, sunny, stadium] = await embedTexts([
      'The weather is lovely today.',
      "It's so sunny outside!",
      'He drove to the stadium.',
    ]);
    if (!weather || !sunny || !stadium) throw new Error('three embeddings expected');
    expect(weather).toHaveLength(embeddingSize);
    expect(embeddingCosine(weather, weather)).toBeCloseTo(1, 4);
    // sentence-transformers prints 0.6660, 0.1046, 0.1411 for the unquantised model; the 8-bit one
    // stays within a few hundredths of that.
    expect(embeddingCosine(weather, sunny)).toBeCloseTo(0.6534, 3);
    expect(embeddingCosine(weather, stadium)).toBeCloseTo(0.1332, 3);
    expect(embeddingCosine(sunny, stadium)).toBeCloseTo(0.1448, 3);
  });

  it('embeds a text the same whatever it is embedded with', async () => {
    const texts = ['Approving the annual budget', 'Signing off the yearly spending plan and more words'];
    const together = await embedTexts([
      ...texts,
      'A third and much longer text that would set the padding of a batch',
    ]);
    const alone = await Promise.all(texts.map(async (t) => (await embedTexts([t]))[0]));
    together.slice(0, 2).forEach((vector, i) => {
      const single = alone[i];
      if (!single) throw new Error('one embedding expected');
      expect([...vector]).toEqual([...single]);
    });
  });
});
