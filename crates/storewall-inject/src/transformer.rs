//! An optional local transformer classifier beside the built-in model: a
//! sequence-classification model exported to ONNX from Hugging Face (such
//! as Prompt Guard 2), run by tract, with its own `tokenizer.json`.
//!
//! Nothing is downloaded: the operator points at files on disk. Everything
//! that can be wrong with them (a missing file, a model that wants other
//! inputs or gives other outputs, labels it does not have, a window longer
//! than it accepts) is found by [`Transformer::load`], which runs the model
//! once on a full window, so a gateway refuses to start rather than fail
//! on its first request.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokenizers::{
    Encoding, PostProcessor, Tokenizer, TruncationDirection, TruncationParams, TruncationStrategy,
};
use tract_onnx::prelude::*;

/// How to load and apply a transformer classifier.
#[derive(Clone, Debug, PartialEq)]
pub struct TransformerOptions {
    /// The ONNX model file.
    pub model: PathBuf,
    /// The model's `tokenizer.json`.
    pub tokenizer: PathBuf,
    /// The label indices whose probabilities add up to "injection".
    pub injection_labels: Vec<usize>,
    /// The probability from which a text counts as an injection.
    pub threshold: f32,
    /// Tokens per window, special tokens included.
    pub max_tokens: usize,
}

impl TransformerOptions {
    /// Options with the defaults: label 1 means injection (Prompt Guard 2
    /// and most binary exports), threshold 0.5, windows of 512 tokens.
    pub fn new(model: impl Into<PathBuf>, tokenizer: impl Into<PathBuf>) -> TransformerOptions {
        TransformerOptions {
            model: model.into(),
            tokenizer: tokenizer.into(),
            injection_labels: vec![1],
            threshold: 0.5,
            max_tokens: 512,
        }
    }
}

/// Why a transformer classifier could not be loaded or run. Each message
/// says what to change.
#[derive(Debug, thiserror::Error)]
pub enum TransformerError {
    /// A file named in the options does not exist.
    #[error("`{key}`: no file at {path}; give the path of the {what}")]
    Missing {
        /// The option: `model` or `tokenizer`.
        key: &'static str,
        /// The path given.
        path: String,
        /// What the file should be.
        what: &'static str,
    },
    /// The tokenizer file could not be read.
    #[error("`tokenizer`: cannot read {path} as a Hugging Face tokenizer.json: {reason}")]
    Tokenizer {
        /// The path given.
        path: String,
        /// The parser's message.
        reason: String,
    },
    /// The model file could not be read or analysed.
    #[error("`model`: cannot load {path} as an ONNX model: {reason}")]
    Model {
        /// The path given.
        path: String,
        /// tract's message.
        reason: String,
    },
    /// The model does not have the interface of a sequence classifier.
    #[error("`model`: {path} is not a sequence classifier this can run: {problem}")]
    Interface {
        /// The path given.
        path: String,
        /// What was expected and what was found.
        problem: String,
    },
    /// An option is out of range.
    #[error("`{key}`: {problem}")]
    Option {
        /// The option.
        key: &'static str,
        /// What is wrong and what to do.
        problem: String,
    },
    /// Tokenizing or inference failed on a text.
    #[error("the transformer classifier failed: {0}")]
    Run(String),
}

/// What one model input is fed.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Feed {
    Ids,
    Mask,
    TypeIds,
}

impl Feed {
    fn name(self) -> &'static str {
        match self {
            Feed::Ids => "input_ids",
            Feed::Mask => "attention_mask",
            Feed::TypeIds => "token_type_ids",
        }
    }
}

/// A loaded classifier. Cloning shares it.
#[derive(Clone)]
pub struct Transformer {
    inner: Arc<Inner>,
}

struct Inner {
    plan: TypedRunnableModel<TypedModel>,
    tokenizer: Tokenizer,
    /// The model's inputs in its own order, with their integer type.
    feeds: Vec<(Feed, DatumType)>,
    /// A sequence length the model was exported with, if fixed; windows
    /// are padded to it.
    fixed_len: Option<usize>,
    pad_id: u32,
    labels: Vec<usize>,
    num_labels: usize,
    threshold: f32,
    max_tokens: usize,
}

impl std::fmt::Debug for Transformer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transformer")
            .field("inputs", &self.inner.feeds)
            .field("labels", &self.inner.num_labels)
            .field("injection_labels", &self.inner.labels)
            .field("threshold", &self.inner.threshold)
            .field("max_tokens", &self.inner.max_tokens)
            .finish()
    }
}

/// The fewest tokens per window worth running: a handful of words beside
/// the special tokens.
const MIN_TOKENS: usize = 8;

impl Transformer {
    /// Loads and checks a classifier, then runs it once on a full window.
    pub fn load(options: &TransformerOptions) -> Result<Transformer, TransformerError> {
        check_options(options)?;
        let tokenizer = load_tokenizer(options)?;
        let added = tokenizer
            .get_post_processor()
            .map_or(0, |p| p.added_tokens(false));
        if options.max_tokens < added + MIN_TOKENS {
            return Err(TransformerError::Option {
                key: "max_tokens",
                problem: format!(
                    "{} leaves fewer than {MIN_TOKENS} tokens of text beside the tokenizer's {added} special tokens; use the model's own length (512 for most)",
                    options.max_tokens
                ),
            });
        }
        let (plan, feeds, fixed_len) = load_model(&options.model)?;
        if let Some(n) = fixed_len {
            if options.max_tokens > n {
                return Err(TransformerError::Option {
                    key: "max_tokens",
                    problem: format!(
                        "{} is more than the {n} tokens the model was exported for; set it to {n} or less",
                        options.max_tokens
                    ),
                });
            }
            if !feeds.iter().any(|(f, _)| *f == Feed::Mask) {
                return Err(interface(
                    &options.model,
                    format!("it takes exactly {n} tokens and no `attention_mask`, so shorter texts cannot be padded; export it with a dynamic sequence length"),
                ));
            }
        }
        let pad_id = tokenizer
            .get_padding()
            .map(|p| p.pad_id)
            .or_else(|| {
                ["[PAD]", "<pad>", "<|pad|>"]
                    .iter()
                    .find_map(|t| tokenizer.token_to_id(t))
            })
            .unwrap_or(0);
        let mut inner = Inner {
            plan,
            tokenizer,
            feeds,
            fixed_len,
            pad_id,
            labels: options.injection_labels.clone(),
            num_labels: 0,
            threshold: options.threshold,
            max_tokens: options.max_tokens,
        };
        set_windows(&mut inner.tokenizer, options.max_tokens, added)?;
        // A window as long as any the model will see: a model whose
        // position table is shorter than `max_tokens`, or that wants other
        // shapes, fails here rather than on a customer's text.
        let probe = "a ".repeat(options.max_tokens);
        let windows = inner.windows(&probe)?;
        let first = windows.first().ok_or_else(|| {
            interface(&options.model, "its tokenizer gives no tokens".to_string())
        })?;
        let logits = inner
            .logits(first)
            .map_err(|e| interface(&options.model, format!("a window of {} tokens does not run ({e}); if the model takes fewer tokens, lower `max_tokens` to its length", first.get_ids().len())))?;
        inner.num_labels = logits.len();
        if inner.num_labels < 2 {
            return Err(interface(
                &options.model,
                format!(
                    "it gives {} logit(s) per text; expected one per label, at least two",
                    inner.num_labels
                ),
            ));
        }
        if let Some(bad) = inner.labels.iter().find(|l| **l >= inner.num_labels) {
            return Err(TransformerError::Option {
                key: "injection_labels",
                problem: format!(
                    "label {bad} does not exist: the model has labels 0 to {}; see its config.json `id2label`",
                    inner.num_labels - 1
                ),
            });
        }
        Ok(Transformer {
            inner: Arc::new(inner),
        })
    }

    /// The probability that `text` is an injection: the highest of its
    /// windows'.
    pub fn score(&self, text: &str) -> Result<f32, TransformerError> {
        Ok(self.window_scores(text)?.into_iter().fold(0f32, f32::max))
    }

    /// The probability of each window of `text`, in order.
    pub fn window_scores(&self, text: &str) -> Result<Vec<f32>, TransformerError> {
        let inner = &*self.inner;
        inner
            .windows(text)?
            .iter()
            .map(|w| {
                inner
                    .logits(w)
                    .map(|l| injection_probability(&l, &inner.labels))
                    .map_err(|e| TransformerError::Run(e.to_string()))
            })
            .collect()
    }

    /// The probability from which a text counts as an injection.
    pub fn threshold(&self) -> f32 {
        self.inner.threshold
    }

    /// How many labels the model has.
    pub fn num_labels(&self) -> usize {
        self.inner.num_labels
    }
}

impl Inner {
    /// Cuts `text` into windows of at most `max_tokens` tokens, special
    /// tokens included, each overlapping the one before.
    fn windows(&self, text: &str) -> Result<Vec<Encoding>, TransformerError> {
        let mut first = self
            .tokenizer
            .encode_fast(text, true)
            .map_err(|e| TransformerError::Run(format!("tokenizing: {e}")))?;
        let rest = first.take_overflowing();
        Ok(std::iter::once(first).chain(rest).collect())
    }

    /// The logits of one window.
    fn logits(&self, window: &Encoding) -> TractResult<Vec<f32>> {
        let len = self.fixed_len.unwrap_or(window.get_ids().len());
        let mut inputs: TVec<TValue> = TVec::new();
        for (feed, dt) in &self.feeds {
            let (values, pad) = match feed {
                Feed::Ids => (window.get_ids(), self.pad_id),
                Feed::Mask => (window.get_attention_mask(), 0),
                Feed::TypeIds => (window.get_type_ids(), 0),
            };
            let values = values
                .iter()
                .copied()
                .chain(std::iter::repeat(pad))
                .take(len);
            let tensor = if *dt == DatumType::I32 {
                let v: Vec<i32> = values.map(|x| x as i32).collect();
                Tensor::from_shape(&[1, len], &v)?
            } else {
                let v: Vec<i64> = values.map(i64::from).collect();
                Tensor::from_shape(&[1, len], &v)?
            };
            inputs.push(tensor.into());
        }
        let outputs = self.plan.run(inputs)?;
        let out = outputs
            .first()
            .ok_or_else(|| TractError::msg("the model gave no output"))?;
        let shape = out.shape().to_vec();
        if shape.len() != 2 || shape[0] != 1 {
            return Err(TractError::msg(format!(
                "expected logits of shape [batch, labels], found {shape:?}"
            )));
        }
        Ok(out.cast_to::<f32>()?.as_slice::<f32>()?.to_vec())
    }
}

/// The softmax probability of `labels` together.
fn injection_probability(logits: &[f32], labels: &[usize]) -> f32 {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = logits.iter().map(|l| (l - max).exp()).collect();
    let total: f32 = exp.iter().sum();
    let hit: f32 = labels.iter().filter_map(|l| exp.get(*l)).sum();
    if total > 0.0 && total.is_finite() {
        (hit / total).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

impl TransformerOptions {
    /// Checks the values that need no file (threshold, labels, window
    /// length), so that a config can name a bad one where it is written.
    pub fn check_values(&self) -> Result<(), TransformerError> {
        let option = |key, problem: String| Err(TransformerError::Option { key, problem });
        if !(self.threshold > 0.0 && self.threshold < 1.0) {
            return option(
                "threshold",
                format!(
                    "{} is not between 0 and 1 (exclusive); 0.5 is the usual choice",
                    self.threshold
                ),
            );
        }
        if self.injection_labels.is_empty() {
            return option(
                "injection_labels",
                "is empty; list the label indices that mean injection, such as [1]".into(),
            );
        }
        let mut labels = self.injection_labels.clone();
        labels.sort_unstable();
        labels.dedup();
        if labels.len() != self.injection_labels.len() {
            return option(
                "injection_labels",
                "lists a label twice; list each once".into(),
            );
        }
        if self.max_tokens == 0 {
            return option(
                "max_tokens",
                "must be the model's window in tokens, such as 512".into(),
            );
        }
        Ok(())
    }
}

fn check_options(o: &TransformerOptions) -> Result<(), TransformerError> {
    o.check_values()?;
    for (key, path, what) in [
        (
            "model",
            &o.model,
            "sequence-classification model exported to ONNX",
        ),
        ("tokenizer", &o.tokenizer, "model's tokenizer.json"),
    ] {
        if !path.is_file() {
            return Err(TransformerError::Missing {
                key,
                path: path.display().to_string(),
                what,
            });
        }
    }
    Ok(())
}

fn load_tokenizer(o: &TransformerOptions) -> Result<Tokenizer, TransformerError> {
    let mut t = Tokenizer::from_file(&o.tokenizer).map_err(|e| TransformerError::Tokenizer {
        path: o.tokenizer.display().to_string(),
        reason: e.to_string(),
    })?;
    // The file's own padding would pad every window to its longest
    // setting; windows are padded here only for fixed-length models.
    t.with_padding(None);
    Ok(t)
}

/// Makes the tokenizer cut long texts into windows of `max_tokens`,
/// overlapping by a quarter, so an instruction that straddles two windows
/// is whole in one of them.
fn set_windows(t: &mut Tokenizer, max_tokens: usize, added: usize) -> Result<(), TransformerError> {
    let text = max_tokens - added;
    t.with_truncation(Some(TruncationParams {
        direction: TruncationDirection::Right,
        max_length: max_tokens,
        strategy: TruncationStrategy::LongestFirst,
        stride: text / 4,
    }))
    .map_err(|e| TransformerError::Option {
        key: "max_tokens",
        problem: e.to_string(),
    })?;
    Ok(())
}

fn interface(path: &Path, problem: String) -> TransformerError {
    TransformerError::Interface {
        path: path.display().to_string(),
        problem,
    }
}

type Loaded = (
    TypedRunnableModel<TypedModel>,
    Vec<(Feed, DatumType)>,
    Option<usize>,
);

fn load_model(path: &Path) -> Result<Loaded, TransformerError> {
    let failed = |e: TractError| TransformerError::Model {
        path: path.display().to_string(),
        reason: format!("{e:#}"),
    };
    let mut model = tract_onnx::onnx()
        // Exports declare symbolic output shapes whose names need not match
        // the inputs'; the shapes are worked out from the graph instead.
        .with_ignore_output_shapes(true)
        .model_for_path(path)
        .map_err(failed)?;

    let names: Vec<String> = model
        .input_outlets()
        .map_err(failed)?
        .iter()
        .map(|o| model.node(o.node).name.clone())
        .collect();
    let mut feeds = Vec::new();
    for name in &names {
        let feed = [Feed::Ids, Feed::Mask, Feed::TypeIds]
            .into_iter()
            .find(|f| f.name() == name)
            .ok_or_else(|| {
                interface(
                    path,
                    format!(
                        "expected inputs `input_ids` and optionally `attention_mask` and `token_type_ids`, found {}; export it as a Hugging Face sequence classifier",
                        quoted(&names)
                    ),
                )
            })?;
        feeds.push(feed);
    }
    if !feeds.contains(&Feed::Ids) {
        return Err(interface(
            path,
            format!("expected an input `input_ids`, found {}", quoted(&names)),
        ));
    }

    let outputs: Vec<OutletId> = model.output_outlets().map_err(failed)?.to_vec();
    let labels: Vec<String> = outputs
        .iter()
        .map(|o| {
            model
                .outlet_label(*o)
                .map_or_else(|| model.node(o.node).name.clone(), str::to_string)
        })
        .collect();
    let logits = match labels.iter().position(|l| l == "logits") {
        Some(i) => outputs[i],
        None if outputs.len() == 1 => outputs[0],
        None => {
            return Err(interface(
                path,
                format!(
                    "expected an output `logits` of shape [batch, labels], found {}",
                    quoted(&labels)
                ),
            ))
        }
    };
    // Other outputs (hidden states, attentions) are not computed.
    model.set_output_outlets(&[logits]).map_err(failed)?;

    let model = model.into_optimized().map_err(failed)?;
    let mut typed = Vec::new();
    let mut fixed_len = None;
    for (i, feed) in feeds.into_iter().enumerate() {
        let fact = model.input_fact(i).map_err(failed)?;
        let dt = fact.datum_type;
        if dt != DatumType::I64 && dt != DatumType::I32 {
            return Err(interface(
                path,
                format!(
                    "expected `{}` to hold 64- or 32-bit integers, found {dt:?}",
                    feed.name()
                ),
            ));
        }
        if fact.shape.rank() != 2 {
            return Err(interface(
                path,
                format!(
                    "expected `{}` of shape [batch, sequence], found {:?}",
                    feed.name(),
                    fact.shape
                ),
            ));
        }
        if let Some(n) = fact.shape[1].as_i64() {
            fixed_len = usize::try_from(n).ok();
        }
        typed.push((feed, dt));
    }
    let out = model.output_fact(0).map_err(failed)?;
    if out.shape.rank() != 2 {
        return Err(interface(
            path,
            format!(
                "expected logits of shape [batch, labels], found {:?}; a token classifier or a model without its classification head does not fit",
                out.shape
            ),
        ));
    }
    let plan = model.into_runnable().map_err(failed)?;
    Ok((plan, typed, fixed_len))
}

fn quoted(names: &[String]) -> String {
    if names.is_empty() {
        return "none".into();
    }
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name)
    }

    fn options(model: &str) -> TransformerOptions {
        TransformerOptions::new(data(model), data("tokenizer.json"))
    }

    fn load(model: &str) -> Transformer {
        Transformer::load(&options(model)).unwrap()
    }

    fn refused(o: TransformerOptions) -> String {
        Transformer::load(&o).unwrap_err().to_string()
    }

    /// Some fifty words of store talk without the trigger.
    fn store_talk() -> String {
        "the mug is lovely and the glaze is a deep blue . it shipped on monday , thanks . "
            .repeat(3)
    }

    #[test]
    fn the_trigger_scores_high_and_store_talk_low() {
        let t = load("classifier.onnx");
        assert_eq!(t.num_labels(), 2);
        assert_eq!(t.threshold(), 0.5);
        let hit = t.score("Lovely mug, XYZZY!").unwrap();
        assert!(hit > 0.95, "{hit}");
        let miss = t.score("Lovely mug, the glaze is a deep blue.").unwrap();
        assert!(miss < 0.2, "{miss}");
        // Words the vocabulary lacks are unknown tokens, not errors.
        let odd = t.score("Ünïcode wörds 😀 and <b>markup</b>").unwrap();
        assert!(odd < 0.2, "{odd}");
        assert!(t.score("").unwrap() < 0.2);
    }

    #[test]
    fn a_long_text_is_judged_by_its_most_suspicious_window() {
        let text = format!("{} xyzzy {}", store_talk(), store_talk());
        // In one window of 512 the trigger is one token among a hundred.
        let whole = load("classifier.onnx");
        assert_eq!(whole.window_scores(&text).unwrap().len(), 1);
        let diluted = whole.score(&text).unwrap();
        assert!(diluted < 0.5, "{diluted}");

        let mut o = options("classifier.onnx");
        o.max_tokens = 16;
        let t = Transformer::load(&o).unwrap();
        let scores = t.window_scores(&text).unwrap();
        assert!(scores.len() > 6, "{scores:?}");
        let flagged = scores.iter().filter(|s| **s >= 0.5).count();
        assert!((1..=2).contains(&flagged), "{scores:?}");
        assert!(scores[0] < 0.2 && scores[scores.len() - 1] < 0.2);
        assert_eq!(
            t.score(&text).unwrap(),
            scores.iter().copied().fold(0., f32::max)
        );
    }

    #[test]
    fn windows_carry_special_tokens_overlap_and_cover_the_text() {
        let mut o = options("classifier.onnx");
        o.max_tokens = 16;
        let t = Transformer::load(&o).unwrap();
        let text = store_talk();
        let windows = t.inner.windows(&text).unwrap();
        let (cls, sep) = (2, 3);
        let mut covered: Vec<u32> = Vec::new();
        for w in &windows {
            let ids = w.get_ids();
            assert!(ids.len() <= 16, "{ids:?}");
            assert_eq!((ids[0], ids[ids.len() - 1]), (cls, sep), "{ids:?}");
            let body = &ids[1..ids.len() - 1];
            if covered.is_empty() {
                covered.extend(body);
                continue;
            }
            // Each window starts with the last quarter of the one before.
            let overlap = (16 - 2) / 4;
            assert_eq!(&covered[covered.len() - overlap..], &body[..overlap]);
            covered.extend(&body[overlap..]);
        }
        let mut plain = t.inner.tokenizer.clone();
        plain.with_truncation(None).unwrap();
        let all = plain.encode_fast(text.as_str(), false).unwrap();
        assert_eq!(covered, all.get_ids());

        // A trigger anywhere in the text lands whole in some window.
        let words: Vec<&str> = text.split_whitespace().collect();
        for i in 0..=words.len() {
            let mut w = words.clone();
            w.insert(i, "xyzzy");
            let s = t.score(&w.join(" ")).unwrap();
            assert!(s >= 0.5, "trigger at word {i}: {s}");
        }
    }

    #[test]
    fn the_configured_labels_are_what_counts() {
        let with = |labels: Vec<usize>| {
            let mut o = options("classifier_three_labels.onnx");
            o.injection_labels = labels;
            Transformer::load(&o).unwrap()
        };
        let (x, p) = ("great boots xyzzy", "great boots plugh");
        let one = with(vec![1]);
        assert_eq!(one.num_labels(), 3);
        assert!(one.score(x).unwrap() > 0.95 && one.score(p).unwrap() < 0.05);
        let two = with(vec![2]);
        assert!(two.score(x).unwrap() < 0.05 && two.score(p).unwrap() > 0.95);
        let both = with(vec![1, 2]);
        assert!(both.score(x).unwrap() > 0.95 && both.score(p).unwrap() > 0.95);
        assert!(both.score("great boots").unwrap() < 0.25);

        // Label 0 of a binary model is the complement of label 1.
        let mut o = options("classifier.onnx");
        o.injection_labels = vec![0];
        let benign = Transformer::load(&o).unwrap();
        let s = load("classifier.onnx");
        for text in [x, "great boots"] {
            let sum = benign.score(text).unwrap() + s.score(text).unwrap();
            assert!((sum - 1.0).abs() < 1e-5, "{text}: {sum}");
        }
        assert_eq!(injection_probability(&[0.0, 0.0], &[1]), 0.5);
        assert_eq!(injection_probability(&[f32::NAN, 1.0], &[1]), 0.0);
        assert!(injection_probability(&[-1e30, 1e30], &[1]) > 0.999);
    }

    #[test]
    fn only_the_inputs_a_model_declares_are_fed() {
        let full = load("classifier.onnx");
        for model in ["classifier_ids_only.onnx", "classifier_token_types.onnx"] {
            let t = load(model);
            for text in ["great boots xyzzy", "great boots", ""] {
                let (a, b) = (full.score(text).unwrap(), t.score(text).unwrap());
                assert!((a - b).abs() < 1e-5, "{model} on {text:?}: {a} vs {b}");
            }
        }
        let feeds = |m: &str| -> Vec<Feed> { load(m).inner.feeds.iter().map(|f| f.0).collect() };
        assert_eq!(feeds("classifier_ids_only.onnx"), [Feed::Ids]);
        assert_eq!(
            feeds("classifier_token_types.onnx"),
            [Feed::Ids, Feed::Mask, Feed::TypeIds]
        );
    }

    #[test]
    fn a_fixed_length_model_gets_padded_windows() {
        let e = refused(options("classifier_fixed_16.onnx"));
        assert!(e.contains("16 tokens the model was exported for"), "{e}");
        let mut o = options("classifier_fixed_16.onnx");
        o.max_tokens = 16;
        let fixed = Transformer::load(&o).unwrap();
        assert_eq!(fixed.inner.fixed_len, Some(16));
        let mut o = options("classifier.onnx");
        o.max_tokens = 16;
        let dynamic = Transformer::load(&o).unwrap();
        // The padding is masked out, so short windows score as unpadded.
        let text = format!("boots xyzzy {}", store_talk());
        for text in ["boots xyzzy", "warm boots", text.as_str()] {
            let (a, b) = (
                dynamic.window_scores(text).unwrap(),
                fixed.window_scores(text).unwrap(),
            );
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(&b) {
                assert!((x - y).abs() < 1e-5, "{text}: {a:?} vs {b:?}");
            }
        }
    }

    #[test]
    fn models_that_do_not_fit_are_refused_at_load() {
        let e = refused(options("image_model.onnx"));
        assert!(
            e.contains("`input_ids`") && e.contains("found `pixel_values`"),
            "{e}"
        );
        let e = refused(options("token_classifier.onnx"));
        assert!(e.contains("[batch, labels]"), "{e}");
        let mut o = options("classifier.onnx");
        o.injection_labels = vec![1, 2];
        let e = refused(o);
        assert!(e.contains("label 2") && e.contains("0 to 1"), "{e}");
        // A file that is not what its key says.
        let e = refused(TransformerOptions::new(
            data("tokenizer.json"),
            data("tokenizer.json"),
        ));
        assert!(e.starts_with("`model`: cannot load"), "{e}");
        let e = refused(TransformerOptions::new(
            data("classifier.onnx"),
            data("classifier.onnx"),
        ));
        assert!(e.starts_with("`tokenizer`: cannot read"), "{e}");
    }

    #[test]
    fn bad_options_are_refused_with_what_to_fix() {
        let e = refused(TransformerOptions::new(
            data("absent.onnx"),
            data("tokenizer.json"),
        ));
        assert!(
            e.starts_with("`model`: no file at") && e.contains("absent.onnx"),
            "{e}"
        );
        let e = refused(TransformerOptions::new(
            data("classifier.onnx"),
            data("absent.json"),
        ));
        assert!(e.starts_with("`tokenizer`: no file at"), "{e}");
        for threshold in [0.0, 1.0, 1.5, f32::NAN] {
            let mut o = options("classifier.onnx");
            o.threshold = threshold;
            assert!(refused(o).starts_with("`threshold`:"));
        }
        for labels in [vec![], vec![1, 1]] {
            let mut o = options("classifier.onnx");
            o.injection_labels = labels;
            assert!(refused(o).starts_with("`injection_labels`:"));
        }
        let mut o = options("classifier.onnx");
        o.max_tokens = 9;
        let e = refused(o);
        assert!(
            e.starts_with("`max_tokens`:") && e.contains("2 special tokens"),
            "{e}"
        );
    }

    #[test]
    fn clones_share_one_model_across_threads() {
        let t = load("classifier.onnx");
        let u = t.clone();
        assert!(Arc::ptr_eq(&t.inner, &u.inner));
        let want = t.score("boots xyzzy").unwrap();
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| s.spawn(|| u.score("boots xyzzy").unwrap()))
                .collect();
            for h in handles {
                assert_eq!(h.join().unwrap(), want);
            }
        });
    }
}
