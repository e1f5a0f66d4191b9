#!/usr/bin/env python3
"""Writes the toy transformer classifiers and their tokenizer.json used by
the tests of the `transformer` feature.

Each model has the interface of a Hugging Face sequence-classification
export (int64 `input_ids`, `attention_mask` and sometimes `token_type_ids`
of shape [batch, sequence]; float `logits` of shape [batch, labels]) and a
body small enough to reason about: an embedding lookup, a mean over the
tokens the attention mask keeps, and a linear layer. One embedding
dimension is the share of tokens that are the trigger word "xyzzy", so a
text scores high when the trigger is a large part of it and low otherwise;
in a long text, only a short window around the trigger scores high.

Run it from this folder after `pip install onnx numpy`; the files it
writes are committed, so the tests need no Python.
"""

import json

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

WORDS = [
    "the", "a", "an", "and", "is", "it", "this", "to", "of", "my", "i",
    "lovely", "great", "mug", "glaze", "blue", "deep", "order", "review",
    "boots", "fit", "warm", "shipped", "on", "monday", "thanks", "nice",
    "xyzzy", "plugh", ".", ",", "!",
]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
VOCAB = {t: i for i, t in enumerate(SPECIAL + WORDS)}
# Logit of the injection label: WEIGHT * (share of trigger tokens) + BIAS.
# A text of ten tokens with one trigger reaches 4 (p = 0.98); none, -2
# (p = 0.12); one trigger among a hundred tokens, -1.4 (p = 0.2).
WEIGHT = 60.0
BIAS = -2.0


def tokenizer_json():
    special = [
        {"id": VOCAB[t], "content": t, "single_word": False, "lstrip": False,
         "rstrip": False, "normalized": False, "special": True}
        for t in SPECIAL
    ]
    single = [
        {"SpecialToken": {"id": "[CLS]", "type_id": 0}},
        {"Sequence": {"id": "A", "type_id": 0}},
        {"SpecialToken": {"id": "[SEP]", "type_id": 0}},
    ]
    pair = single + [
        {"Sequence": {"id": "B", "type_id": 1}},
        {"SpecialToken": {"id": "[SEP]", "type_id": 1}},
    ]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": special,
        "normalizer": {"type": "BertNormalizer", "clean_text": True,
                       "handle_chinese_chars": True, "strip_accents": None,
                       "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing", "single": single, "pair": pair,
            "special_tokens": {
                t: {"id": t, "ids": [VOCAB[t]], "tokens": [t]}
                for t in ("[CLS]", "[SEP]")
            },
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]",
                  "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": VOCAB},
    }


def seq_input(name, length="sequence_length"):
    return helper.make_tensor_value_info(
        name, TensorProto.INT64, ["batch_size", length])


def classifier(labels=2, triggers=("xyzzy",), token_types=False, mask=True,
               per_token=False, length="sequence_length"):
    """An embedding-mean-linear classifier. Trigger k (by position in
    `triggers`) raises the logit of label k + 1. A number for `length`
    fixes the sequence length, as some exports do."""
    dim = len(triggers)
    emb = np.zeros((len(VOCAB), dim), dtype=np.float32)
    for k, t in enumerate(triggers):
        emb[VOCAB[t], k] = 1.0
    weight = np.zeros((dim, labels), dtype=np.float32)
    bias = np.zeros(labels, dtype=np.float32)
    for k in range(dim):
        weight[k, k + 1] = WEIGHT
        bias[k + 1] = BIAS
    inits = [
        numpy_helper.from_array(emb, "embeddings"),
        numpy_helper.from_array(weight, "weight"),
        numpy_helper.from_array(bias, "bias"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
    ]
    inputs = [seq_input("input_ids", length)]
    nodes = [helper.make_node("Gather", ["embeddings", "input_ids"], ["emb"], axis=0)]
    if mask:
        inputs.append(seq_input("attention_mask", length))
        nodes.append(helper.make_node("Cast", ["attention_mask"], ["maskf"],
                                      to=TensorProto.FLOAT))
    else:
        # Every token counts: a mask of ones shaped like the ids.
        nodes += [
            helper.make_node("Cast", ["input_ids"], ["idsf"], to=TensorProto.FLOAT),
            helper.make_node("Mul", ["idsf", "zero"], ["zeros"]),
            helper.make_node("Add", ["zeros", "one"], ["maskf"]),
        ]
        inits += [
            numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero"),
            numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
        ]
    nodes += [
        helper.make_node("Unsqueeze", ["maskf", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["emb", "mask3"], ["kept"]),
    ]
    if per_token:
        # Token classification: logits for every token, not the text.
        nodes += [
            helper.make_node("MatMul", ["kept", "weight"], ["tok"]),
            helper.make_node("Add", ["tok", "bias"], ["logits"]),
        ]
        out_shape = ["batch_size", "sequence_length", labels]
    else:
        nodes += [
            helper.make_node("ReduceSum", ["kept", "axis1"], ["sum"], keepdims=0),
            helper.make_node("ReduceSum", ["maskf", "axis1"], ["count"], keepdims=1),
            helper.make_node("Div", ["sum", "count"], ["mean"]),
            helper.make_node("MatMul", ["mean", "weight"], ["lin"]),
            helper.make_node("Add", ["lin", "bias"], ["raw"]),
        ]
        out_shape = ["batch_size", labels]
        if token_types:
            # Segment ids push towards injection: all zeros for one text,
            # so a model fed them correctly scores like the others.
            inputs.append(seq_input("token_type_ids"))
            onehot = np.zeros(labels, dtype=np.float32)
            onehot[1] = 100.0
            inits.append(numpy_helper.from_array(onehot, "type_push"))
            nodes += [
                helper.make_node("Cast", ["token_type_ids"], ["typesf"],
                                 to=TensorProto.FLOAT),
                helper.make_node("ReduceMean", ["typesf"], ["types"], axes=[1],
                                 keepdims=1),
                helper.make_node("Mul", ["types", "type_push"], ["push"]),
                helper.make_node("Add", ["raw", "push"], ["logits"]),
            ]
        else:
            nodes.append(helper.make_node("Identity", ["raw"], ["logits"]))
    output = helper.make_tensor_value_info("logits", TensorProto.FLOAT, out_shape)
    graph = helper.make_graph(nodes, "toy-classifier", inputs, [output], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                             producer_name="make_transformer.py")


def image_model():
    """A model that takes an image: nothing a text classifier feeds."""
    x = helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT, [1, 3, 2, 2])
    y = helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 2])
    nodes = [
        helper.make_node("ReduceMean", ["pixel_values"], ["m"], axes=[2, 3], keepdims=0),
        helper.make_node("Slice", ["m", "starts", "ends", "axes"], ["two"]),
        helper.make_node("Identity", ["two"], ["logits"]),
    ]
    inits = [
        numpy_helper.from_array(np.array([0], dtype=np.int64), "starts"),
        numpy_helper.from_array(np.array([2], dtype=np.int64), "ends"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axes"),
    ]
    graph = helper.make_graph(nodes, "image", [x], [y], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                             producer_name="make_transformer.py")


def save(model, name):
    onnx.checker.check_model(model)
    onnx.save(model, name)


def main():
    with open("tokenizer.json", "w") as f:
        json.dump(tokenizer_json(), f, indent=1)
        f.write("\n")
    save(classifier(), "classifier.onnx")
    save(classifier(mask=False), "classifier_ids_only.onnx")
    save(classifier(token_types=True), "classifier_token_types.onnx")
    save(classifier(labels=3, triggers=("xyzzy", "plugh")), "classifier_three_labels.onnx")
    save(classifier(length=16), "classifier_fixed_16.onnx")
    save(classifier(per_token=True), "token_classifier.onnx")
    save(image_model(), "image_model.onnx")


if __name__ == "__main__":
    main()
