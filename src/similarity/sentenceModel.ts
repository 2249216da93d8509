import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { projectRoot } from '../projectRoot.ts';

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (a sentence-transformers model trained on a billion
 * sentence pairs to place texts that say the same near each other), run in-process with ONNX
 * Runtime from the quantised copy kept in `src/similarity/model/` (its README says where it comes
 * from and how to rebuild it). Nothing is downloaded: the model and its tokenizer are files of the
 * repository, the runtime a registry package. Each text becomes a unit vector of 384 numbers, so
 * two texts' cosine is their dot product.
 */

export const modelDirectory = join(projectRoot, 'src', 'similarity', 'model');
export const embeddingSize = 384;
/** Claims are a line long; a longer text is cut here (the model reads at most 256 word pieces). */
const maxTokens = 128;
/**
 * Texts per model call: one. The 8-bit model quantises each call's activations with one scale, so
 * in a batch a text's embedding would shift with its neighbours' (by about 1% in cosine), and a
 * stored score would depend on which claims were loaded together.
 */
const batchSize = 1;

interface LoadedModel {
  session: InferenceSession;
  tokenizer: Tokenizer;
  tensor: typeof Tensor;
}

let loading: Promise<LoadedModel> | undefined;

function readJson(name: string): object {
  const value: unknown = JSON.parse(readFileSync(join(modelDirectory, name), 'utf8'));
  if (typeof value !== 'object' || value === null)
    throw new Error(`${name} of the sentence model is not an object`);
  return value;
}

/**
 * The model, loaded once per process on first use (about 23 MB of weights). The runtime is imported
 * then too: a server whose database is already seeded never embeds, and its native library (about
 * 25 MB resident) stays unloaded.
 */
function model(): Promise<LoadedModel> {
  loading ??= (async () => {
    const { InferenceSession, Tensor } = await import('onnxruntime-node');
    const tokenizer = new Tokenizer(readJson('tokenizer.json'), readJson('tokenizer_config.json'));
    // One thread: the machine's other core serves the database and the API meanwhile.
    const session = await InferenceSession.create(join(modelDirectory, 'all-MiniLM-L6-v2.int8.onnx'), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
    });
    return { session, tokenizer, tensor: Tensor };
  })().catch((error: unknown) => {
    loading = undefined; // a later call tries again
    throw error;
  });
  return loading;
}

function encodeBatch(
  { tokenizer, tensor }: LoadedModel,
  texts: readonly string[],
): { ids: Tensor; mask: Tensor } {
  const encoded = texts.map((text): number[] => tokenizer.encode(text).ids.slice(0, maxTokens));
  const length = Math.max(...encoded.map((ids) => ids.length));
  const ids = new BigInt64Array(texts.length * length);
  const mask = new BigInt64Array(texts.length * length);
  encoded.forEach((row, i) =>
    row.forEach((id, j) => {
      ids[i * length + j] = BigInt(id);
      mask[i * length + j] = 1n;
    }),
  );
  return {
    ids: new tensor('int64', ids, [texts.length, length]),
    mask: new tensor('int64', mask, [texts.length, length]),
  };
}

/** The unit-length embedding of each text, in order. */
export async function embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
  if (texts.length === 0) return [];
  const loaded = await model();
  const out: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize);
    const { ids, mask } = encodeBatch(loaded, batch);
    const result = await loaded.session.run({ input_ids: ids, attention_mask: mask });
    const data = result['sentence_embedding']?.data;
    if (!(data instanceof Float32Array)) throw new Error('the sentence model returned no float embeddings');
    for (let i = 0; i < batch.length; i += 1)
      out.push(data.slice(i * embeddingSize, (i + 1) * embeddingSize));
  }
  return out;
}

/** Dot product of two unit embeddings: their cosine, -1 to 1. */
export function embeddingCosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}
