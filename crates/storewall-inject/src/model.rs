//! The trained classifier: logistic regression over hashed features, its
//! weights quantized to one byte each.
//!
//! File layout, little-endian: the magic `SWINJ\x01`, then `u32` feature
//! bits, `f32` weight scale, `f32` bias, `f32` decision threshold, then
//! 2^bits signed bytes of weights (weight = byte × scale).

use crate::features::{tag, Features, Tokens, DIM_BITS};

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

const MAGIC: &[u8; 6] = b"SWINJ\x02";

/// A loaded classifier.
#[derive(Clone)]
pub struct Model {
    scale: f32,
    bias: f32,
    threshold: f32,
    weights: Vec<i8>,
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Not a model file of this version.
    #[error("not a Storewall injection model (bad magic); retrain with `cargo run --release -p storewall-inject --example train`")]
    Magic,
    /// Made for another feature space.
    #[error("the model has {0} feature bits, this build uses {DIM_BITS}; retrain it")]
    Bits(u32),
    /// Cut short.
    #[error("the model file is truncated")]
    Truncated,
}

impl Model {
    /// The model committed with this crate.
    pub fn embedded() -> Result<Model, ModelError> {
        Model::from_bytes(include_bytes!("../model/injection.bin"))
    }

    /// Reads a model file.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let rest = b.strip_prefix(MAGIC).ok_or(ModelError::Magic)?;
        let word = |i: usize| -> Result<[u8; 4], ModelError> {
            let mut w = [0u8; 4];
            w.copy_from_slice(rest.get(i * 4..i * 4 + 4).ok_or(ModelError::Truncated)?);
            Ok(w)
        };
        let bits = u32::from_le_bytes(word(0)?);
        if bits != DIM_BITS {
            return Err(ModelError::Bits(bits));
        }
        let scale = f32::from_le_bytes(word(1)?);
        let bias = f32::from_le_bytes(word(2)?);
        let threshold = f32::from_le_bytes(word(3)?);
        let weights = rest
            .get(16..16 + (1 << bits))
            .ok_or(ModelError::Truncated)?;
        Ok(Model {
            scale,
            bias,
            threshold,
            weights: weights.iter().map(|&w| w as i8).collect(),
        })
    }

    /// Quantizes trained weights into a model file.
    pub fn to_bytes(weights: &[f32], bias: f32, threshold: f32) -> Vec<u8> {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / 127.0;
        let mut out = Vec::with_capacity(22 + weights.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&DIM_BITS.to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&bias.to_le_bytes());
        out.extend_from_slice(&threshold.to_le_bytes());
        out.extend(
            weights
                .iter()
                .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
        );
        out
    }

    fn weight(&self, i: u32) -> f32 {
        self.weights
            .get(i as usize)
            .map_or(0.0, |&w| f32::from(w) * self.scale)
    }

    /// The probability that `x` is an injection.
    pub fn score(&self, x: &Features) -> f32 {
        let z = self.bias + x.iter().map(|&(i, v)| self.weight(i) * v).sum::<f32>();
        sigmoid(z)
    }

    /// The highest score of any window of `window` words of `t` (windows
    /// start every `stride` words; the last one ends with the text), with
    /// the named `tags` added to each. Each window scores as
    /// [`crate::features::sparse`] of its words would, from prefix sums
    /// over the text: a long document costs one pass, not one per window.
    pub fn max_window(&self, t: &Tokens, tags: &[&str], window: usize, stride: usize) -> f32 {
        let tag_z: f32 = tags.iter().map(|n| self.weight(tag(n))).sum();
        let sums = |idx: &[u32]| {
            let mut prefix = Vec::with_capacity(idx.len() + 1);
            prefix.push(0f32);
            let mut acc = 0f32;
            for &i in idx {
                acc += self.weight(i);
                prefix.push(acc);
            }
            prefix
        };
        let (grams, cues) = (sums(&t.idx), sums(&t.cue));
        let words = t.len();
        let score = |from: usize, to: usize| {
            let ((a, ca), (b, cb)) = (t.ends(from), t.ends(to));
            let n = (b - a).max(1) as f32;
            sigmoid(self.bias + tag_z + (grams[b] - grams[a]) / n.sqrt() + cues[cb] - cues[ca])
        };
        if words <= window {
            return score(0, words);
        }
        let stride = stride.max(1);
        let mut best = 0f32;
        let mut from = 0;
        loop {
            let to = (from + window).min(words);
            best = best.max(score(to.saturating_sub(window), to));
            if to == words {
                break;
            }
            from += stride;
        }
        best
    }

    /// The same model with another decision threshold.
    pub fn with_threshold(mut self, threshold: f32) -> Model {
        self.threshold = threshold;
        self
    }

    /// The score from which a text counts as an injection.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut w = vec![0f32; 1 << DIM_BITS];
        w[7] = 2.0;
        w[9] = -1.0;
        let m = Model::from_bytes(&Model::to_bytes(&w, -0.5, 0.7)).unwrap();
        assert_eq!(m.threshold(), 0.7);
        let s = m.score(&vec![(7, 1.0), (9, 0.5)]);
        let want = 1.0 / (1.0 + (-(2.0 - 0.5 - 0.5f32)).exp());
        assert!((s - want).abs() < 0.01, "{s} {want}");
        assert!(Model::from_bytes(b"nope").is_err());
        assert!(Model::embedded().is_ok());
    }
}
