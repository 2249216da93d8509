import sys, numpy as np, onnx
from onnx import helper as h, TensorProto as T, numpy_helper as nh
from safetensors.numpy import load_file
src, out = sys.argv[1], sys.argv[2]
w = load_file(src)
H, NH, L = 384, 12, 6
HD = H // NH
inits, nodes = [], []
def const(name, arr):
    inits.append(nh.from_array(np.asarray(arr), name)); return name
n = 0
def node(op, ins, **attrs):
    global n; n += 1; o = f'{op.lower()}_{n}'
    nodes.append(h.make_node(op, ins, [o], **attrs)); return o
def linear(x, prefix):
    W = const(prefix + '.weightT', w[prefix + '.weight'].T.copy())
    b = const(prefix + '.bias', w[prefix + '.bias'])
    return node('Add', [node('MatMul', [x, W]), b])
def ln(x, prefix):
    return node('LayerNormalization', [x, const(prefix + '.weight', w[prefix + '.weight']), const(prefix + '.bias', w[prefix + '.bias'])], axis=-1, epsilon=1e-12)
ids, mask = 'input_ids', 'attention_mask'
seq = node('Gather', [node('Shape', [ids]), const('one_i', np.array(1, dtype=np.int64))], axis=0)
pos = node('Range', [const('zero_i', np.array(0, dtype=np.int64)), seq, const('step_i', np.array(1, dtype=np.int64))])
x = node('Gather', [const('word_emb', w['embeddings.word_embeddings.weight']), ids])
x = node('Add', [x, node('Gather', [const('pos_emb', w['embeddings.position_embeddings.weight']), pos])])
x = node('Add', [x, const('type0', w['embeddings.token_type_embeddings.weight'][0])])
x = ln(x, 'embeddings.LayerNorm')
maskf = node('Cast', [mask], to=T.FLOAT)
ext = node('Mul', [node('Sub', [const('one_f', np.array(1, dtype=np.float32)), maskf]), const('neg', np.array(-1e4, dtype=np.float32))])
ext = node('Unsqueeze', [ext, const('axes12', np.array([1, 2], dtype=np.int64))])
heads = const('heads_shape', np.array([0, 0, NH, HD], dtype=np.int64))
merged = const('merged_shape', np.array([0, 0, H], dtype=np.int64))
scale = const('scale', np.array(1 / np.sqrt(HD), dtype=np.float32))
for i in range(L):
    p = f'encoder.layer.{i}.'
    q = node('Transpose', [node('Reshape', [linear(x, p + 'attention.self.query'), heads])], perm=[0, 2, 1, 3])
    k = node('Transpose', [node('Reshape', [linear(x, p + 'attention.self.key'), heads])], perm=[0, 2, 3, 1])
    v = node('Transpose', [node('Reshape', [linear(x, p + 'attention.self.value'), heads])], perm=[0, 2, 1, 3])
    s = node('Add', [node('Mul', [node('MatMul', [q, k]), scale]), ext])
    ctx = node('MatMul', [node('Softmax', [s], axis=-1), v])
    ctx = node('Reshape', [node('Transpose', [ctx], perm=[0, 2, 1, 3]), merged])
    x = ln(node('Add', [linear(ctx, p + 'attention.output.dense'), x]), p + 'attention.output.LayerNorm')
    hdn = linear(x, p + 'intermediate.dense')
    gelu = node('Mul', [node('Mul', [hdn, const(f'half{i}', np.array(0.5, dtype=np.float32))]),
                        node('Add', [node('Erf', [node('Div', [hdn, const(f'sqrt2_{i}', np.array(np.sqrt(2), dtype=np.float32))])]), const(f'one{i}', np.array(1, dtype=np.float32))])])
    x = ln(node('Add', [linear(gelu, p + 'output.dense'), x]), p + 'output.LayerNorm')
m3 = node('Unsqueeze', [maskf, const('axis2', np.array([2], dtype=np.int64))])
summed = node('ReduceSum', [node('Mul', [x, m3]), const('axis1', np.array([1], dtype=np.int64))], keepdims=0)
count = node('Max', [node('ReduceSum', [maskf, const('axis1b', np.array([1], dtype=np.int64))], keepdims=1), const('tiny', np.array(1e-9, dtype=np.float32))])
mean = node('Div', [summed, count])
norm = node('Max', [node('Sqrt', [node('ReduceSum', [node('Mul', [mean, mean]), const('axis1c', np.array([1], dtype=np.int64))], keepdims=1)]), const('tiny2', np.array(1e-12, dtype=np.float32))])
nodes.append(h.make_node('Div', [mean, norm], ['sentence_embedding']))
graph = h.make_graph(nodes, 'all-MiniLM-L6-v2', [
    h.make_tensor_value_info(ids, T.INT64, ['batch', 'sequence']),
    h.make_tensor_value_info(mask, T.INT64, ['batch', 'sequence'])],
    [h.make_tensor_value_info('sentence_embedding', T.FLOAT, ['batch', H])], inits)
model = h.make_model(graph, opset_imports=[h.make_opsetid('', 17)], producer_name='build-sentence-model')
model.ir_version = 8
onnx.checker.check_model(model)
onnx.save(model, out)
