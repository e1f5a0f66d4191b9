//! Trains the injection classifier and writes the model file.
//!
//! ```text
//! cargo run --release -p storewall-inject --example train -- \
//!     --data ../shared/data/inject/public.jsonl \
//!     --store bench/inject/store_corpus.jsonl,...,bench/inject/store_prompts.jsonl \
//!     --out crates/storewall-inject/model/injection.bin
//! ```
//!
//! With no arguments it trains on everything below and writes the
//! committed model (about twenty minutes, three trainings: see
//! "Cross-fitting" below). `--single` trains once, with the development
//! sets kept for the verdict alone (about four minutes): the way to
//! compare candidates, with `--hold-out`. `--cv` adds a five-fold
//! cross-validation report to a `--single` run (four times as long).
//! `--threshold T` writes a single-trained model with threshold `T`;
//! `--seed N` (default 7) then trains with another random draw.
//! `--calibrate FILE` prints the threshold the development sets give a
//! model file; `--hold-out FILE` fits its verdict on all development sets
//! but one and scores that one, each in turn (an honest figure only for a
//! `--single` model, whose classifier never read those sets).
//!
//! The model ([`storewall_inject::model`]) is a linear layer, whose
//! weights may only add evidence, and a hidden layer of rectified units
//! over the same features, trained together by Adagrad on the logistic
//! loss with half of each window's features dropped at every step; the
//! weights written are their mean over the last three epochs. Three such
//! networks of 16 units, each with its own seed, are trained in parallel
//! and merged exactly into one of 48 (`Ensemble`).
//!
//! Training data: the train split of the public file (deepset prompts,
//! WildGuard benign prompts, BIPIA attacks placed into BIPIA emails) and the
//! train splits of the store corpora in `bench/inject/`, each written apart
//! from the others so that the classifier learns intent rather than one
//! writer's templates (`STORE` below: `store_corpus.jsonl` and
//! ninety-eight more, from minimal pairs to evasive attacks and subtle requests, some
//! forty languages, marketplace text and agents' tool results, and
//! `store_prompts.jsonl`, direct prompts with trigger words), and every row
//! of the development sets (`DEV`, see "Cross-fitting"). `--store` takes
//! the store corpora comma-separated. Test splits are never read, nor is
//! the held-out `bench/inject/store_blind.jsonl`. `store_seventeenth` and
//! `store_nineteenth` are development sets outside `DEV` (score one with
//! `bench/inject/eval.py --only store-dev --dev <file>`), and
//! `store_hundredfortyfifth` and `store_hundredfortysixth` were read by
//! no step before this model was fixed.
//!
//! Long documents are judged window by window at screening time, so they
//! are trained that way: every window of a benign document is a negative.
//! Where a corpus marks an injection's words (its `payload`), those words
//! alone and every window that holds them are positives and the rest of
//! the document is benign; elsewhere the whole text and its most
//! suspicious window (by the model so far) are. With `--cv`, five-fold
//! cross-validation, each store corpus in one fold, reports how much of
//! each corpus a model that never read it flags.
//!
//! The verdict over a text's readings ([`storewall_inject::judge`]) is
//! then fitted on the development sets (`DEV`), writers written apart from
//! the store corpora: logistic regression over each text's window scores
//! in every view, its signatures and its evasions, screened exactly as in
//! production. The decision threshold is set on the same readings: the
//! lowest at which the sets' mean false-positive rate stays within 1.5%.
//!
//! Cross-fitting. Those readings must come from a classifier that never
//! read the writer, or the verdict would learn how a classifier scores
//! text it was trained on. Yet the development writers are the most varied
//! text there is, and a classifier trained on half of them catches more of
//! the other half than one trained on none (docs/BENCHMARKS.md). So the
//! sets are split in two halves; each half is read by a classifier trained
//! on the store corpora and the other half; the verdict and threshold are
//! fitted on those readings, and the report held out one set at a time is
//! printed from them; the model written is then trained on the store
//! corpora and every development set. `--verdict MODEL` keeps a
//! `--single` model file's classifier and fits its verdict and threshold
//! anew (a minute): after a change to how texts are read that leaves the
//! classifier's features as they were.
//! Deterministic: the same data gives the same file.

use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use storewall_inject::features::{self, Features, Tokens, DIM};
use storewall_inject::judge::{INPUTS, INPUT_NAMES};
use storewall_inject::model::{hidden_row, Weights, HIDDEN_BITS, UNITS};
use storewall_inject::normalize::normalize;
use storewall_inject::{frames, signatures, Judge, Model, Reading, Screener, STRIDE, WINDOW};

/// Networks trained apart, each with its own seed, and merged into the
/// one model written: see [`Ensemble`].
const MEMBERS: usize = 3;

/// Hidden units of one member.
const MEMBER_UNITS: usize = UNITS / MEMBERS;

/// The store corpora trained on by default, in `bench/inject/`.
const STORE: [&str; 100] = [
    "store_corpus",
    "store_extra",
    "store_third",
    "store_fourth",
    "store_fifth",
    "store_sixth",
    "store_seventh",
    "store_eighth",
    "store_ninth",
    "store_tenth",
    "store_prompts",
    "store_eleventh",
    "store_twelfth",
    "store_thirteenth",
    "store_fourteenth",
    "store_sixteenth",
    "store_twentieth",
    "store_twentyfirst",
    "store_twentysecond",
    "store_twentythird",
    "store_twentyeighth",
    "store_twentyninth",
    "store_thirtieth",
    "store_thirtyfirst",
    "store_thirtysecond",
    "store_thirtysixth",
    "store_thirtyseventh",
    "store_thirtyeighth",
    "store_thirtyninth",
    "store_fortysecond",
    "store_fortythird",
    "store_fortyfourth",
    "store_fortyfifth",
    "store_fortysixth",
    "store_fortyseventh",
    "store_fortyeighth",
    "store_fortyninth",
    "store_fiftieth",
    "store_fiftythird",
    "store_fiftysixth",
    "store_fiftyseventh",
    "store_fiftyeighth",
    "store_fiftyninth",
    "store_sixtieth",
    "store_sixtyfirst",
    "store_sixtysecond",
    "store_sixtythird",
    "store_sixtyfourth",
    "store_sixtyfifth",
    "store_sixtysixth",
    "store_sixtyseventh",
    "store_seventieth",
    "store_seventyfirst",
    "store_seventysecond",
    "store_seventythird",
    "store_seventyfourth",
    "store_seventyfifth",
    "store_seventysixth",
    "store_seventyseventh",
    "store_seventyeighth",
    "store_seventyninth",
    "store_eightieth",
    "store_eightyfifth",
    "store_eightysixth",
    "store_eightyseventh",
    "store_eightyeighth",
    "store_eightyninth",
    "store_ninetieth",
    "store_ninetyfirst",
    "store_ninetysecond",
    "store_ninetyseventh",
    "store_ninetyeighth",
    "store_hundredthird",
    "store_hundredfourth",
    "store_hundredfifth",
    "store_hundredsixth",
    "store_hundredninth",
    "store_hundredtenth",
    "store_hundredeleventh",
    "store_hundredtwelfth",
    "store_hundredseventeenth",
    "store_hundredeighteenth",
    "store_hundrednineteenth",
    "store_hundredtwentysecond",
    "store_hundredtwentythird",
    "store_hundredtwentyfourth",
    "store_hundredtwentyfifth",
    "store_hundredtwentysixth",
    "store_hundredtwentyseventh",
    "store_hundredthirtysecond",
    "store_hundredthirtythird",
    "store_hundredthirtyfourth",
    "store_hundredthirtyfifth",
    "store_hundredthirtysixth",
    "store_hundredthirtyseventh",
    "store_hundredthirtyeighth",
    "store_hundredfortythird",
    "store_hundredfortyfourth",
    "store_hundredfortyseventh",
    "store_hundredfortyeighth",
];

/// The development sets in `bench/inject/`: writers on whose readings by a
/// classifier that never read them the verdict is fitted and the decision
/// threshold set ([`cross_fit`], [`calibrate`]).
const DEV: [&str; 46] = [
    "store_fifteenth",
    "store_seventeenth",
    "store_nineteenth",
    "store_twentyfourth",
    "store_twentyfifth",
    "store_twentysixth",
    "store_twentyseventh",
    "store_thirtythird",
    "store_thirtyfourth",
    "store_thirtyfifth",
    "store_fortieth",
    "store_fortyfirst",
    "store_fiftyfirst",
    "store_fiftysecond",
    "store_fiftyfourth",
    "store_fiftyfifth",
    "store_sixtyeighth",
    "store_sixtyninth",
    "store_eightyfirst",
    "store_eightysecond",
    "store_eightythird",
    "store_eightyfourth",
    "store_ninetythird",
    "store_ninetyfourth",
    "store_ninetyfifth",
    "store_ninetysixth",
    "store_ninetyninth",
    "store_hundredth",
    "store_hundredfirst",
    "store_hundredsecond",
    "store_hundredseventh",
    "store_hundredeighth",
    "store_hundredthirteenth",
    "store_hundredfourteenth",
    "store_hundredfifteenth",
    "store_hundredsixteenth",
    "store_hundredtwentieth",
    "store_hundredtwentyfirst",
    "store_hundredtwentyeighth",
    "store_hundredtwentyninth",
    "store_hundredthirtieth",
    "store_hundredthirtyfirst",
    "store_hundredthirtyninth",
    "store_hundredfortieth",
    "store_hundredfortyfirst",
    "store_hundredfortysecond",
];

/// The mean share of benign texts per development set the threshold may
/// flag: three quarters of the store target's 2% budget, so a writer
/// whose benign text looks more like an attack than these still has room.
const DEV_FPR: f32 = 0.015;

const EPOCHS: usize = 6;
/// The epoch (from 0) from which the weights are averaged ([`Mean`]).
const AVERAGE_FROM: usize = 3;
/// How many points per epoch go into the average.
const SNAPSHOTS_PER_EPOCH: usize = 8;
const L2: f32 = 1.5e-5;
const RATE: f32 = 0.5;
const HIDDEN_RATE: f32 = 0.1;
/// The share of a window's features left out at each step: the model
/// cannot lean on any one writer's phrase and learns several signs of
/// each attack (left-out writers: AUC 0.929 → 0.943 with the hidden
/// layer and this, where the hidden layer alone gave little).
const DROPOUT: f32 = 0.5;

struct Example {
    text: String,
    label: bool,
    origin: String,
    tokens: Tokens,
    tags: Vec<String>,
    /// For an attack placed into a document here, the words it took.
    hot: Option<(usize, usize)>,
    /// The document an attack was placed into: texts built on one document
    /// share a fold, or cross-validation would see the document twice.
    group: Option<usize>,
    /// Which store corpus the text comes from, counted from 1; 0 for the
    /// public data.
    corpus: usize,
}

/// splitmix64: a seeded generator, so training is reproducible without a
/// dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

fn arg(name: &str, default: &str) -> String {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| default.to_string())
}

fn read_jsonl(path: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}")))
        .collect()
}

fn field<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

/// Puts `attack` into `doc` at its start, its end, or between two lines;
/// returns the text and where the attack starts.
fn embed(doc: &str, attack: &str, rng: &mut Rng) -> (String, usize) {
    let cuts: Vec<usize> = doc.match_indices('\n').map(|(i, _)| i).collect();
    match rng.below(3) {
        0 => (format!("{attack}\n{doc}"), 0),
        2 if !cuts.is_empty() => {
            let c = cuts[rng.below(cuts.len())];
            (format!("{}\n{attack}{}", &doc[..c], &doc[c..]), c + 1)
        }
        _ => (format!("{doc}\n{attack}"), doc.len() + 1),
    }
}

fn words_in(text: &str) -> usize {
    features::tokens(&normalize(text).0).word_end.len()
}

fn example(text: String, label: bool, origin: &str) -> Example {
    let (norm, ev) = normalize(&text);
    let sigs = signatures::matches(&norm);
    let tokens = features::tokens(&norm);
    let mut tags = storewall_inject::tags(&sigs, ev);
    tags.extend(frames::tags(&tokens).into_iter().map(String::from));
    Example {
        tokens,
        text,
        label,
        origin: origin.to_string(),
        tags,
        hot: None,
        group: None,
        corpus: 0,
    }
}

fn load(data: &str, store: &str) -> Vec<Example> {
    let mut rng = Rng(6962);
    let mut out = Vec::new();
    let public = read_jsonl(data);
    let train: Vec<&Value> = public
        .iter()
        .filter(|v| field(v, "split") == "train")
        .collect();
    let emails: Vec<&str> = train
        .iter()
        .filter(|v| field(v, "origin") == "BIPIA-email-context")
        .map(|v| field(v, "text"))
        .collect();
    for v in &train {
        let origin = field(v, "origin");
        let text = field(v, "text");
        if origin.starts_with("BIPIA-attack:") {
            // Each attack in three different emails, at different places.
            for _ in 0..3 {
                let pick = rng.below(emails.len());
                if let Some(doc) = emails.get(pick) {
                    let (doc, at) = embed(doc, text, &mut rng);
                    let before = words_in(&doc[..at]);
                    let mut e = example(doc, true, "BIPIA-embedded");
                    e.hot = Some((before, before + words_in(text)));
                    // Repeated emails are one document.
                    e.group = emails.iter().position(|d| *d == emails[pick]);
                    out.push(e);
                }
            }
        } else {
            let label = v.get("injection").and_then(Value::as_bool).unwrap_or(false);
            let mut e = example(text.to_string(), label, origin);
            e.group = emails.iter().position(|d| *d == text);
            out.push(e);
        }
    }
    for (k, store) in store.split(',').filter(|p| !p.is_empty()).enumerate() {
        store_examples(store, k + 1, false, &mut out);
    }
    out
}

/// The texts of one store corpus, numbered `corpus`, as training
/// examples: its `train` split, or every row with `all_splits` (a
/// development set, which has no train split).
fn store_examples(path: &str, corpus: usize, all_splits: bool, out: &mut Vec<Example>) {
    if !std::path::Path::new(path).exists() {
        eprintln!("no store corpus at {path}; skipped");
        return;
    }
    for v in read_jsonl(path) {
        if !all_splits && field(&v, "split") != "train" {
            continue;
        }
        let label = v.get("injection").and_then(Value::as_bool).unwrap_or(false);
        let text = field(&v, "text");
        let payload = field(&v, "payload");
        let mut e = example(text.to_string(), label, "store");
        e.corpus = corpus;
        // Where the generator says which words are the injection, the
        // carrier around them is benign text and is trained so.
        if let (true, Some(at)) = (label && !payload.is_empty(), text.find(payload)) {
            let before = words_in(&text[..at]);
            e.hot = Some((before, before + words_in(payload)));
            // The carrier without its payload: the same words, benign,
            // so the carrier's style is not learnt as a sign.
            let carrier = format!("{}{}", &text[..at], &text[at + payload.len()..]);
            let mut c = example(carrier, false, "store-carrier");
            c.corpus = corpus;
            out.push(c);
        }
        out.push(e);
    }
}

/// The development sets `sets` (indices into `DEV`) as training examples,
/// numbered after the store corpora.
fn dev_examples(sets: &[usize]) -> Vec<Example> {
    let mut out = Vec::new();
    for &k in sets {
        let path = format!("bench/inject/{}.jsonl", DEV[k]);
        store_examples(&path, STORE.len() + 1 + k, true, &mut out);
    }
    out
}

/// The features of every window of every benign example, in order.
fn benign_windows(examples: &[&Example]) -> Vec<Features> {
    let mut out = Vec::new();
    for e in examples.iter().filter(|e| !e.label) {
        for w in windows(e.tokens.word_end.len()) {
            out.push(window_features(e, w));
        }
    }
    out
}

/// The word ranges of the windows of a text of `words` words.
fn windows(words: usize) -> Vec<(usize, usize)> {
    if words <= WINDOW {
        return vec![(0, words)];
    }
    let mut out = Vec::new();
    let mut from = 0;
    loop {
        let to = (from + WINDOW).min(words);
        out.push((to.saturating_sub(WINDOW), to));
        if to == words {
            return out;
        }
        from += STRIDE;
    }
}

fn window_features(e: &Example, (a, b): (usize, usize)) -> Features {
    let (grams, cues) = e.tokens.span(a, b);
    let tags: Vec<&str> = e.tags.iter().map(String::as_str).collect();
    features::sparse(grams, cues, &tags)
}

/// The running sum of the weights at points along the last epochs.
/// Their mean is the model written (stochastic weight averaging): one
/// point on the path lands wherever the last few shuffled steps left it,
/// and scores on writers not trained on moved by points from one seed to
/// the next; the mean sits in the middle of where the path wandered.
#[derive(Default)]
struct Mean {
    n: u32,
    w: Vec<f32>,
    bias: f32,
    rows: Vec<f32>,
    unit_bias: [f32; MEMBER_UNITS],
    unit_out: [f32; MEMBER_UNITS],
}

impl Mean {
    fn add(&mut self, t: &Trainer) {
        fn sum(acc: &mut Vec<f32>, x: &[f32]) {
            if acc.is_empty() {
                acc.resize(x.len(), 0.0);
            }
            for (a, v) in acc.iter_mut().zip(x) {
                *a += v;
            }
        }
        sum(&mut self.w, &t.w);
        sum(&mut self.rows, &t.rows);
        self.bias += t.bias;
        for k in 0..MEMBER_UNITS {
            self.unit_bias[k] += t.unit_bias[k];
            self.unit_out[k] += t.unit_out[k];
        }
        self.n += 1;
    }

    /// `t` with the mean weights, or as it is when nothing was summed.
    fn into(self, mut t: Trainer) -> Trainer {
        if self.n == 0 {
            return t;
        }
        let k = 1.0 / self.n as f32;
        t.w = self.w.iter().map(|v| v * k).collect();
        t.rows = self.rows.iter().map(|v| v * k).collect();
        t.bias = self.bias * k;
        for u in 0..MEMBER_UNITS {
            t.unit_bias[u] = self.unit_bias[u] * k;
            t.unit_out[u] = self.unit_out[u] * k;
        }
        t
    }
}

struct Trainer {
    w: Vec<f32>,
    /// Features whose weight may go below zero: the cues.
    signed: Vec<bool>,
    g: Vec<f32>,
    bias: f32,
    gb: f32,
    /// The hidden layer: [`MEMBER_UNITS`] weights per row.
    rows: Vec<f32>,
    gr: Vec<f32>,
    unit_bias: [f32; MEMBER_UNITS],
    gub: [f32; MEMBER_UNITS],
    unit_out: [f32; MEMBER_UNITS],
    guo: [f32; MEMBER_UNITS],
    /// For dropout.
    rng: Rng,
}

impl Trainer {
    fn new(seed: u64) -> Trainer {
        let mut signed = vec![false; DIM];
        for i in features::cue_features() {
            signed[i as usize] = true;
        }
        let mut rng = Rng(seed ^ 0x5eed);
        let mut uniform = |r: f32| (rng.next() >> 40) as f32 / (1u64 << 24) as f32 * 2.0 * r - r;
        let rows = (0..MEMBER_UNITS << HIDDEN_BITS)
            .map(|_| uniform(0.05))
            .collect();
        let mut unit_out = [0f32; MEMBER_UNITS];
        for u in &mut unit_out {
            *u = uniform(0.5).abs();
        }
        Trainer {
            w: vec![0.0; DIM],
            signed,
            g: vec![1e-6; DIM],
            bias: 0.0,
            gb: 1e-6,
            rows,
            gr: vec![1e-6; MEMBER_UNITS << HIDDEN_BITS],
            unit_bias: [0.0; MEMBER_UNITS],
            gub: [1e-6; MEMBER_UNITS],
            unit_out,
            guo: [1e-6; MEMBER_UNITS],
            rng: Rng(seed ^ 0xd40f),
        }
    }

    /// The output before the sigmoid, and the hidden units'
    /// pre-activations.
    fn forward(&self, x: &Features) -> (f32, [f32; MEMBER_UNITS]) {
        let mut pre = self.unit_bias;
        let mut z = self.bias;
        for &(i, v) in x {
            z += self.w[i as usize] * v;
            let at = hidden_row(i) * MEMBER_UNITS;
            for (p, r) in pre.iter_mut().zip(&self.rows[at..at + MEMBER_UNITS]) {
                *p += r * v;
            }
        }
        for (p, o) in pre.iter().zip(&self.unit_out) {
            z += o * p.max(0.0);
        }
        (z, pre)
    }

    fn z(&self, x: &Features) -> f32 {
        self.forward(x).0
    }

    /// One Adagrad step on the logistic loss, weighted by `weight`.
    fn step(&mut self, x: &Features, y: bool, weight: f32) {
        let keep = 1.0 - DROPOUT;
        let cut = (f64::from(keep) * u64::MAX as f64) as u64;
        let x: Features = x
            .iter()
            .filter(|_| self.rng.next() < cut)
            .map(|&(i, v)| (i, v / keep))
            .collect();
        let x = &x;
        let (z, pre) = self.forward(x);
        let p = 1.0 / (1.0 + (-z).exp());
        let err = (p - if y { 1.0 } else { 0.0 }) * weight;
        // What each active unit's pre-activation should move by.
        let mut back = [0f32; MEMBER_UNITS];
        for (k, b) in back.iter_mut().enumerate() {
            if pre[k] > 0.0 {
                *b = err * self.unit_out[k];
            }
            let grad = err * pre[k].max(0.0) + L2 * self.unit_out[k];
            self.guo[k] += grad * grad;
            // A unit adds evidence or nothing, as the linear weights do:
            // its context can silence it, not vouch for the text (as
            // accurate on left-out writers as a free sign).
            self.unit_out[k] =
                (self.unit_out[k] - HIDDEN_RATE * grad / self.guo[k].sqrt()).max(0.0);
            self.gub[k] += *b * *b;
            self.unit_bias[k] -= HIDDEN_RATE * *b / self.gub[k].sqrt();
        }
        for &(i, v) in x {
            let at = hidden_row(i) * MEMBER_UNITS;
            let rows = self.rows[at..at + MEMBER_UNITS].iter_mut();
            for ((r, g), b) in rows.zip(&mut self.gr[at..at + MEMBER_UNITS]).zip(back) {
                if b == 0.0 {
                    continue;
                }
                let grad = b * v + L2 * *r;
                *g += grad * grad;
                *r -= HIDDEN_RATE * grad / g.sqrt();
            }
            let i = i as usize;
            let grad = err * v + L2 * self.w[i];
            self.g[i] += grad * grad;
            self.w[i] -= RATE * grad / self.g[i].sqrt();
            // Evidence only: no word may vouch for a text. A benign word
            // learnt from the training carriers would otherwise cancel an
            // instruction placed in a carrier never seen, and text unlike
            // any training text would sit near the middle, not near zero.
            // The hidden units may weigh words either way: they fire on
            // combinations, and their context can only silence them.
            if self.w[i] < 0.0 && !self.signed[i] {
                self.w[i] = 0.0;
            }
        }
        self.gb += err * err;
        self.bias -= RATE * err / self.gb.sqrt();
    }

    /// Trains on `examples`, whose benign windows' features are
    /// `negatives` ([`benign_windows`]).
    fn train(examples: &[&Example], negatives: &[Features], seed: u64) -> Trainer {
        let mut t = Trainer::new(seed);
        let mut mean = Mean::default();
        let mut rng = Rng(seed);
        let positives: Vec<&&Example> = examples.iter().filter(|e| e.label).collect();
        for epoch in 0..EPOCHS {
            // The benign windows are borrowed, not copied: they are most
            // of the training data, and every member reads the same ones.
            let mut batch: Vec<(Cow<Features>, bool)> = negatives
                .iter()
                .map(|x| (Cow::Borrowed(x), false))
                .collect();
            for e in &positives {
                let ws = windows(e.tokens.word_end.len());
                if let Some((a, b)) = e.hot {
                    // Words counted apart (the payload alone) may run past
                    // the text's own count by a word or two.
                    let b = b.min(e.tokens.len());
                    let a = a.min(b);
                    // The attack's own words are a positive, alone, so that
                    // its language is learnt apart from any carrier's; and
                    // so are the windows that hold it, as screening will
                    // meet it. Windows that miss it are the document's own
                    // words, benign.
                    for (s, t) in windows(b - a) {
                        batch.push((Cow::Owned(window_features(e, (a + s, a + t))), true));
                    }
                    for &(s, t) in &ws {
                        if s <= a && b.min(a + WINDOW) <= t || ws.len() == 1 {
                            batch.push((Cow::Owned(window_features(e, (s, t))), true));
                        } else if t <= a || s >= b {
                            batch.push((Cow::Owned(window_features(e, (s, t))), false));
                        }
                    }
                    continue;
                }
                // The whole text, and its most suspicious window once the
                // model has learnt enough to tell.
                let whole = (0, e.tokens.word_end.len());
                batch.push((Cow::Owned(window_features(e, whole)), true));
                if ws.len() > 1 && epoch > 0 {
                    let best = ws
                        .iter()
                        .map(|&w| window_features(e, w))
                        .max_by(|a, b| t.z(a).total_cmp(&t.z(b)));
                    if let Some(x) = best {
                        batch.push((Cow::Owned(x), true));
                    }
                }
            }
            let n_pos = batch.iter().filter(|(_, y)| *y).count().max(1) as f32;
            let n_neg = batch.iter().filter(|(_, y)| !*y).count().max(1) as f32;
            rng.shuffle(&mut batch);
            let every = (batch.len() / SNAPSHOTS_PER_EPOCH).max(1);
            for (n, (x, y)) in batch.iter().enumerate() {
                let weight = if *y {
                    0.5 * (n_pos + n_neg) / n_pos
                } else {
                    0.5 * (n_pos + n_neg) / n_neg
                };
                t.step(x, *y, weight);
                if epoch >= AVERAGE_FROM && (n + 1) % every == 0 {
                    mean.add(&t);
                }
            }
        }
        mean.into(t)
    }
}

/// The lowest threshold at which the mean false-positive rate over the
/// development sets stays within [`DEV_FPR`]. The pooled 98th percentile
/// of benign scores out of fold is dominated by the corpora written to be
/// hard (text that describes attacks, 40-60% of it scored above 0.95),
/// and set the bar above what writers of ordinary store traffic needed.
fn calibrate(readings: &[(usize, (Reading, bool))], score: Score) -> f32 {
    let sets = benign_by_set(readings, score, None);
    let hi = threshold_for(&sets);
    eprintln!(
        "development sets: threshold {hi:.4}, mean false-positive rate {:.2}%",
        100.0 * mean_fpr(&sets, hi)
    );
    hi
}

/// How a text read is scored: by a verdict, or by its best window.
type Score<'a> = &'a dyn Fn(&Reading) -> f32;

/// Per development set but `skip`, the benign texts' scores.
fn benign_by_set(
    readings: &[(usize, (Reading, bool))],
    score: Score,
    skip: Option<usize>,
) -> Vec<Vec<f32>> {
    let mut sets = vec![Vec::new(); DEV.len()];
    for (k, (r, label)) in readings {
        if !label {
            if let Some(set) = sets.get_mut(*k) {
                set.push(score(r));
            }
        }
    }
    if let Some(k) = skip {
        sets.remove(k);
    }
    sets
}

/// The mean over `sets` of the share of benign scores at or above `t`.
fn mean_fpr(sets: &[Vec<f32>], t: f32) -> f32 {
    sets.iter()
        .map(|b| b.iter().filter(|&&x| x >= t).count() as f32 / b.len().max(1) as f32)
        .sum::<f32>()
        / sets.len().max(1) as f32
}

/// The lowest threshold at which the mean false-positive rate over the
/// sets of benign scores stays within [`DEV_FPR`]; the mean only falls as
/// the bar rises, so it is bisected.
fn threshold_for(sets: &[Vec<f32>]) -> f32 {
    let (mut lo, mut hi) = (0.01f32, 0.9999f32);
    for _ in 0..30 {
        let mid = (lo + hi) / 2.0;
        if mean_fpr(sets, mid) <= DEV_FPR {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// A named signature or evasion takes a weight of its own only when at
/// least this many development texts show it: rarer, its weight would
/// follow a few texts of one writer.
const NAMED_MIN: usize = 30;
/// The L2 penalty of the verdict's weights, on standardized inputs.
const JUDGE_L2: f64 = 1e-3;

/// Fits the verdict ([`storewall_inject::judge`]) on the development
/// sets as `s` reads them: logistic regression over each text's reading,
/// by full-batch gradient descent with momentum on standardized inputs
/// (deterministic; a few seconds). Held out one writer at a time, the
/// same fit ranked more injections above benign text on the writer left
/// out than the best window alone (`--hold-out`, docs/BENCHMARKS.md).
fn fit_judge(readings: &[(usize, (Reading, bool))]) -> Judge {
    let all: Vec<&(Reading, bool)> = readings.iter().map(|(_, r)| r).collect();
    let judge = fit(&all);
    eprintln!(
        "verdict fitted on {} development texts, {} named inputs",
        all.len(),
        judge.named.len()
    );
    judge
}

/// Each development text as `s` reads it, with its set's index and its
/// label.
fn dev_readings(s: &Screener) -> Vec<(usize, (Reading, bool))> {
    dev_readings_by(|_| s)
}

/// Each development text as the screener `reader` gives for its set reads
/// it, with its set's index and its label, in set order.
fn dev_readings_by<'a>(reader: impl Fn(usize) -> &'a Screener) -> Vec<(usize, (Reading, bool))> {
    let mut out = Vec::new();
    for (k, name) in DEV.iter().enumerate() {
        let s = reader(k);
        for v in read_jsonl(&format!("bench/inject/{name}.jsonl")) {
            let label = v.get("injection").and_then(Value::as_bool).unwrap_or(false);
            out.push((k, (s.reading(field(&v, "text")), label)));
        }
    }
    out
}

/// The share of positives scored above the score that at most `fpr` of
/// the negatives exceed.
fn tpr_at(pos: &[f32], neg: &[f32], fpr: f32) -> f32 {
    let mut neg = neg.to_vec();
    neg.sort_by(|a, b| b.total_cmp(a));
    let bar = neg
        .get((fpr * neg.len() as f32) as usize)
        .copied()
        .unwrap_or(f32::NEG_INFINITY);
    pos.iter().filter(|&&p| p > bar).count() as f32 / pos.len().max(1) as f32
}

/// `--hold-out MODEL`: the verdict fitted on all development sets but one
/// and its threshold set on them, scoring the one left out, each in turn:
/// how it does on a writer it was not fitted on, against the best window
/// of any view alone (threshold set the same way).
fn hold_out(readings: &[(usize, (Reading, bool))]) {
    let sets = DEV.len();
    let (mut judged, mut alone) = ([0f32; 4], [0f32; 4]);
    eprintln!("held out            verdict: TPR@2% at-threshold TPR / FPR | best window alone");
    for (k, name) in DEV.iter().enumerate() {
        let fit_on: Vec<&(Reading, bool)> = readings
            .iter()
            .filter(|(j, _)| *j != k)
            .map(|(_, r)| r)
            .collect();
        let judge = fit(&fit_on);
        let best = |r: &Reading| r.best_as_written().max(r.other);
        let mut line = String::new();
        let scorers: [(&mut [f32; 4], Score); 2] =
            [(&mut judged, &|r| judge.score(r)), (&mut alone, &best)];
        for (acc, score) in scorers {
            let bar = threshold_for(&benign_by_set(readings, score, Some(k)));
            let (mut pos, mut neg) = (Vec::new(), Vec::new());
            for (_, (r, l)) in readings.iter().filter(|(j, _)| *j == k) {
                if *l { &mut pos } else { &mut neg }.push(score(r));
            }
            let share =
                |v: &[f32]| v.iter().filter(|&&x| x >= bar).count() as f32 / v.len().max(1) as f32;
            let got = [
                tpr_at(&pos, &neg, 0.02),
                share(&pos),
                share(&neg),
                tpr_at(&pos, &neg, 0.01),
            ];
            for (a, g) in acc.iter_mut().zip(got) {
                *a += g / sets as f32;
            }
            line += &format!(
                "  {:5.1}%  {:5.1}% / {:4.1}%",
                100.0 * got[0],
                100.0 * got[1],
                100.0 * got[2]
            );
        }
        eprintln!("{name:<20}{line}");
    }
    for (name, m) in [("verdict", judged), ("best window alone", alone)] {
        eprintln!(
            "mean, {name}: TPR at 2% FPR {:.1}%, at 1% {:.1}%; at the threshold {:.1}% / {:.2}%",
            100.0 * m[0],
            100.0 * m[3],
            100.0 * m[1],
            100.0 * m[2]
        );
    }
}

/// Fits the verdict's weights on `readings`.
fn fit(readings: &[&(Reading, bool)]) -> Judge {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (r, _) in readings {
        for n in r.names() {
            *seen.entry(n).or_insert(0) += 1;
        }
    }
    let named: Vec<String> = seen
        .into_iter()
        .filter(|(_, c)| *c >= NAMED_MIN)
        .map(|(n, _)| n)
        .collect();
    let width = INPUTS + named.len();
    let rows: Vec<Vec<f64>> = readings
        .iter()
        .map(|(r, _)| {
            let names = r.names();
            r.inputs()
                .iter()
                .map(|x| f64::from(*x))
                .chain(named.iter().map(|n| f64::from(u8::from(names.contains(n)))))
                .collect()
        })
        .collect();
    let y: Vec<f64> = readings
        .iter()
        .map(|(_, l)| f64::from(u8::from(*l)))
        .collect();
    let n = rows.len().max(1) as f64;
    let mean: Vec<f64> = (0..width)
        .map(|j| rows.iter().map(|r| r[j]).sum::<f64>() / n)
        .collect();
    let sd: Vec<f64> = (0..width)
        .map(|j| {
            let v = rows.iter().map(|r| (r[j] - mean[j]).powi(2)).sum::<f64>() / n;
            v.sqrt() + 1e-9
        })
        .collect();
    let z: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| (0..width).map(|j| (r[j] - mean[j]) / sd[j]).collect())
        .collect();
    // Weights then the bias, on standardized inputs.
    let mut w = vec![0f64; width + 1];
    let mut velocity = vec![0f64; width + 1];
    for _ in 0..1500 {
        let mut grad = vec![0f64; width + 1];
        for (x, y) in z.iter().zip(&y) {
            let out = w[width] + x.iter().zip(&w).map(|(a, b)| a * b).sum::<f64>();
            let err = 1.0 / (1.0 + (-out).exp()) - y;
            for (g, a) in grad.iter_mut().zip(x) {
                *g += err * a;
            }
            grad[width] += err;
        }
        for ((g, v), w) in grad.iter_mut().zip(&mut velocity).zip(&mut w) {
            *g = *g / n + JUDGE_L2 * *w;
            *v = 0.9 * *v + *g;
            *w -= 0.5 * *v;
        }
    }
    // Back to raw inputs: w·(x - mean)/sd + b.
    let raw: Vec<f64> = (0..width).map(|j| w[j] / sd[j]).collect();
    let bias = w[width] - (0..width).map(|j| raw[j] * mean[j]).sum::<f64>();
    let mut inputs = [0f32; INPUTS];
    for (i, v) in inputs.iter_mut().enumerate() {
        *v = raw[i] as f32;
    }
    if std::env::var_os("STOREWALL_TRAIN_DEBUG").is_some() {
        for (name, w) in INPUT_NAMES.iter().zip(&w) {
            eprintln!("  {name:<24} {w:+.2}");
        }
    }
    Judge {
        inputs,
        named: named
            .into_iter()
            .zip(&raw[INPUTS..])
            .map(|(n, w)| (n, *w as f32))
            .collect(),
        bias: bias as f32,
    }
}

/// Members trained apart on the same data, each with its own seed (its
/// own dropout masks and example order), merged into one network. The
/// model's output before the sigmoid is a sum over its units, so the mean
/// of the members' outputs is itself such a network: their units side by
/// side with the output weights divided by their number, and the mean of
/// their linear layers. One member's draw moved the mean TPR at 2% FPR
/// over writers not trained on by up to three points; the mean of three
/// moves less and ranks better than the members alone
/// (docs/BENCHMARKS.md), at the cost of wider hidden rows.
struct Ensemble {
    members: Vec<Trainer>,
}

impl Ensemble {
    /// Trains the members in parallel: they share nothing but the data.
    fn train(examples: &[&Example], seed: u64) -> Ensemble {
        let negatives = benign_windows(examples);
        let negatives = &negatives;
        let members = std::thread::scope(|s| {
            let handles: Vec<_> = (0..MEMBERS as u64)
                .map(|m| s.spawn(move || Trainer::train(examples, negatives, seed * 1000 + m)))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| panic!("a member's training failed"))
                })
                .collect()
        });
        Ensemble { members }
    }

    fn bytes(&self, judge: &Judge, threshold: f32) -> Vec<u8> {
        let n = self.members.len() as f32;
        let mut linear = vec![0f32; DIM];
        let mut bias = 0f32;
        let mut rows = vec![0f32; UNITS << HIDDEN_BITS];
        let mut unit_bias = vec![0f32; UNITS];
        let mut unit_out = vec![0f32; UNITS];
        for (m, t) in self.members.iter().enumerate() {
            for (a, w) in linear.iter_mut().zip(&t.w) {
                *a += w / n;
            }
            bias += t.bias / n;
            let first = m * MEMBER_UNITS;
            for (r, own) in t.rows.chunks_exact(MEMBER_UNITS).enumerate() {
                let at = r * UNITS + first;
                rows[at..at + MEMBER_UNITS].copy_from_slice(own);
            }
            unit_bias[first..first + MEMBER_UNITS].copy_from_slice(&t.unit_bias);
            for (o, w) in unit_out[first..first + MEMBER_UNITS]
                .iter_mut()
                .zip(&t.unit_out)
            {
                *o = w / n;
            }
        }
        Model::to_bytes(
            &Weights {
                linear: &linear,
                bias,
                rows: &rows,
                unit_bias: &unit_bias,
                unit_out: &unit_out,
            },
            judge,
            threshold,
        )
    }

    fn screener(&self, judge: &Judge, threshold: f32) -> Screener {
        let bytes = self.bytes(judge, threshold);
        Screener::with_model(Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{e}")))
    }
}

fn main() {
    // The threshold the development sets give a model file: a candidate
    // can then be compared at its own threshold too.
    if std::env::args().any(|a| a == "--calibrate") {
        let path = arg("--calibrate", "");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let model = Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        let readings = dev_readings(&Screener::with_model(model.clone()));
        calibrate(&readings, &|r| model.judge(r));
        return;
    }
    // The classifier kept, the verdict and threshold fitted anew: after a
    // change to how texts are read (views, signatures) that leaves the
    // classifier's features as they were.
    if std::env::args().any(|a| a == "--verdict") {
        let path = arg("--verdict", "crates/storewall-inject/model/injection.bin");
        let out = arg("--out", &path);
        let file = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mend = |judge: &Judge, threshold| {
            Model::replace_verdict(&file, judge, threshold)
                .unwrap_or_else(|e| panic!("{path}: {e}"))
        };
        let model = Model::from_bytes(&mend(&Judge::default(), 2.0))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let readings = dev_readings(&Screener::with_model(model));
        let judge = fit_judge(&readings);
        let threshold = calibrate(&readings, &|r| judge.score(r));
        let bytes = mend(&judge, threshold);
        std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
        eprintln!("wrote {out} ({} bytes)", bytes.len());
        return;
    }
    if std::env::args().any(|a| a == "--hold-out") {
        let path = arg("--hold-out", "crates/storewall-inject/model/injection.bin");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let model = Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        hold_out(&dev_readings(&Screener::with_model(model)));
        return;
    }
    let data = arg("--data", "../shared/data/inject/public.jsonl");
    let store = arg(
        "--store",
        &STORE.map(|c| format!("bench/inject/{c}.jsonl")).join(","),
    );
    let out = arg("--out", "crates/storewall-inject/model/injection.bin");
    let examples = load(&data, &store);
    let pos = examples.iter().filter(|e| e.label).count();
    eprintln!("{} training texts, {pos} injections", examples.len());
    // A candidate to compare by its scores alone: no cross-validation.
    if let Some(threshold) = std::env::args().position(|a| a == "--threshold").map(|_| {
        arg("--threshold", "")
            .parse::<f32>()
            .unwrap_or_else(|e| panic!("--threshold: {e}"))
    }) {
        let all: Vec<&Example> = examples.iter().collect();
        // Another seed draws other dropout masks and example orders: a
        // candidate is judged over several, as one draw moves the figures
        // by about a point.
        let seed = arg("--seed", "7")
            .parse::<u64>()
            .unwrap_or_else(|e| panic!("--seed: {e}"));
        let t = Ensemble::train(&all, seed);
        let judge = fit_judge(&dev_readings(&t.screener(&Judge::default(), 2.0)));
        std::fs::write(&out, t.bytes(&judge, threshold)).unwrap_or_else(|e| panic!("{out}: {e}"));
        eprintln!("wrote {out}");
        return;
    }

    let (judge, threshold, t) = if std::env::args().any(|a| a == "--single" || a == "--cv") {
        let all: Vec<&Example> = examples.iter().collect();
        let t = Ensemble::train(&all, 7);
        // The readings do not depend on the verdict: the development sets
        // are screened once, for the fit and the threshold.
        let readings = dev_readings(&t.screener(&Judge::default(), 2.0));
        let judge = fit_judge(&readings);
        let threshold = calibrate(&readings, &|r| judge.score(r));
        // The cross-validation only reports (the threshold comes from the
        // development sets) and takes four fifths of the run: on request.
        if std::env::args().any(|a| a == "--cv") {
            cross_validate(&examples, threshold);
        }
        (judge, threshold, t)
    } else {
        cross_fit(&examples)
    };
    let bytes = t.bytes(&judge, threshold);
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    eprintln!("wrote {out} ({} bytes)", bytes.len());
}

/// The development writers trained on too (the default). Each half of
/// them is read by a classifier trained on the store corpora and the
/// other half, so every reading the verdict is fitted and the threshold
/// set on comes from a classifier that never read that writer; the model
/// written is then trained on the store corpora and all of them. Prints
/// the verdict held out one set at a time over those readings.
fn cross_fit(examples: &[Example]) -> (Judge, f32, Ensemble) {
    let halves: [Vec<usize>; 2] = [
        (0..DEV.len()).filter(|k| k % 2 == 0).collect(),
        (0..DEV.len()).filter(|k| k % 2 == 1).collect(),
    ];
    let readers = halves.each_ref().map(|trained| {
        let extra = dev_examples(trained);
        let all: Vec<&Example> = examples.iter().chain(&extra).collect();
        eprintln!("training with {} development sets", trained.len());
        Ensemble::train(&all, 7).screener(&Judge::default(), 2.0)
    });
    // Set k was trained on by the half k % 2: the other half's reads it.
    let readings = dev_readings_by(|k| &readers[1 - k % 2]);
    hold_out(&readings);
    let judge = fit_judge(&readings);
    let threshold = calibrate(&readings, &|r| judge.score(r));
    let extra = dev_examples(&(0..DEV.len()).collect::<Vec<_>>());
    let all: Vec<&Example> = examples.iter().chain(&extra).collect();
    (judge, threshold, Ensemble::train(&all, 7))
}

/// Five-fold cross-validation, each store corpus in one fold: how much of
/// each corpus a model that never read it flags at `threshold`, and the
/// benign scores' percentiles out of fold.
fn cross_validate(examples: &[Example], threshold: f32) {
    // Five folds, each origin spread over all of them.
    let mut fold = vec![0usize; examples.len()];
    let mut seen: BTreeMap<(&str, bool), usize> = BTreeMap::new();
    for (i, e) in examples.iter().enumerate() {
        let n = seen.entry((e.origin.as_str(), e.label)).or_insert(0);
        fold[i] = e.group.unwrap_or(*n) % 5;
        // Each store corpus falls in one fold: each is then scored by a
        // model that never read its writer, as text in production will
        // be, not by one trained on more text from the same writer.
        if e.corpus > 0 {
            fold[i] = (e.corpus - 1) % 5;
        }
        *n += 1;
    }
    let mut oof = vec![0f32; examples.len()];
    let mut oof_strong = vec![false; examples.len()];
    for k in 0..5 {
        let train: Vec<&Example> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| fold[*i] != k)
            .map(|(_, e)| e)
            .collect();
        let e = Ensemble::train(&train, 100 + k as u64);
        let judge = fit_judge(&dev_readings(&e.screener(&Judge::default(), 2.0)));
        let s = e.screener(&judge, 2.0);
        for (i, e) in examples.iter().enumerate().filter(|(i, _)| fold[*i] == k) {
            let v = s.screen(&e.text);
            oof[i] = v.score;
            oof_strong[i] = v.injection;
        }
        eprintln!("fold {k} done");
    }
    // Benign texts that no strong signature flags, scored out of fold:
    // how far the corpora written to be hard reach.
    let mut benign: Vec<f32> = examples
        .iter()
        .zip(&oof)
        .zip(&oof_strong)
        .filter(|((e, _), strong)| !e.label && !**strong)
        .map(|((_, s), _)| *s)
        .collect();
    benign.sort_by(f32::total_cmp);
    for q in [0.5, 0.9, 0.95, 0.98, 0.99, 0.995] {
        let i = ((benign.len() as f32 * q) as usize).min(benign.len().saturating_sub(1));
        eprintln!(
            "benign out-of-fold score, {:.1}th percentile: {:.4}",
            q * 100.0,
            benign.get(i).copied().unwrap_or(0.0)
        );
    }
    if std::env::var_os("STOREWALL_TRAIN_DEBUG").is_some() {
        let mut worst: Vec<(f32, &Example)> = examples
            .iter()
            .zip(&oof)
            .filter(|(e, _)| !e.label)
            .map(|(e, s)| (*s, e))
            .collect();
        worst.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (s, e) in worst.iter().take(15) {
            eprintln!(
                "  {s:.3} {} {:?}",
                e.origin,
                e.text.chars().take(120).collect::<String>()
            );
        }
    }
    let mut by_origin: BTreeMap<(&str, bool), (usize, usize)> = BTreeMap::new();
    for (i, e) in examples.iter().enumerate() {
        let flagged = oof_strong[i] || oof[i] >= threshold;
        let c = by_origin
            .entry((e.origin.as_str(), e.label))
            .or_insert((0, 0));
        c.0 += usize::from(flagged);
        c.1 += 1;
    }
    eprintln!("out-of-fold, flagged / texts:");
    for ((origin, label), (f, n)) in by_origin {
        let kind = if label { "injection" } else { "benign" };
        eprintln!(
            "  {origin:<32} {kind:<9} {f:>5} / {n:<5} ({:.1}%)",
            100.0 * f as f32 / n as f32
        );
    }
}
