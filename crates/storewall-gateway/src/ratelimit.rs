//! Per-key limits in requests and tokens per minute.
//!
//! Hand-written rather than a GCRA crate because the token limit is only
//! known after the provider answers: the bucket must accept a debt that is
//! paid off over time, which fixed-cost limiters cannot express.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// A bucket that refills continuously up to one minute's allowance.
#[derive(Debug)]
struct Bucket {
    per_minute: f64,
    level: f64,
    at: Instant,
}

impl Bucket {
    fn new(per_minute: u32, now: Instant) -> Self {
        Bucket {
            per_minute: f64::from(per_minute),
            level: f64::from(per_minute),
            at: now,
        }
    }

    fn refill(&mut self, now: Instant) {
        let dt = now.saturating_duration_since(self.at).as_secs_f64();
        self.level = (self.level + dt * self.per_minute / 60.0).min(self.per_minute);
        self.at = now;
    }

    /// Seconds until `need` is available.
    fn wait_for(&self, need: f64) -> f64 {
        ((need - self.level) * 60.0 / self.per_minute).max(0.0)
    }
}

#[derive(Debug, Default)]
struct KeyBuckets {
    rpm: Option<Bucket>,
    tpm: Option<Bucket>,
}

/// All keys' buckets.
#[derive(Debug, Default)]
pub struct RateLimiter {
    keys: Mutex<HashMap<String, KeyBuckets>>,
}

/// Which limit refused a request, and for how long.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limited {
    /// `true` for the token limit, `false` for the request limit.
    pub tokens: bool,
    /// Whole seconds to wait, at least 1.
    pub retry_after: u64,
}

fn sync(slot: &mut Option<Bucket>, limit: Option<u32>, now: Instant) {
    match (slot.as_mut(), limit) {
        (_, None) | (_, Some(0)) => *slot = None,
        (Some(b), Some(l)) if (b.per_minute - f64::from(l)).abs() < f64::EPSILON => {}
        (_, Some(l)) => *slot = Some(Bucket::new(l, now)),
    }
}

impl RateLimiter {
    /// Admits one request of about `estimated_tokens`, or says how long to wait.
    pub fn admit(
        &self,
        key_id: &str,
        rpm: Option<u32>,
        tpm: Option<u32>,
        estimated_tokens: u32,
    ) -> Result<(), Limited> {
        if rpm.is_none() && tpm.is_none() {
            return Ok(());
        }
        let now = Instant::now();
        let Ok(mut keys) = self.keys.lock() else {
            return Ok(());
        };
        let b = keys.entry(key_id.to_string()).or_default();
        sync(&mut b.rpm, rpm, now);
        sync(&mut b.tpm, tpm, now);
        if let Some(r) = b.rpm.as_mut() {
            r.refill(now);
            if r.level < 1.0 {
                return Err(Limited {
                    tokens: false,
                    retry_after: r.wait_for(1.0).ceil().max(1.0) as u64,
                });
            }
        }
        if let Some(t) = b.tpm.as_mut() {
            t.refill(now);
            // A request is admitted while any allowance is left; its real
            // cost is charged afterwards and may run the bucket into debt.
            if t.level <= 0.0 {
                return Err(Limited {
                    tokens: true,
                    retry_after: t.wait_for(1.0).ceil().max(1.0) as u64,
                });
            }
            t.level -= f64::from(estimated_tokens);
        }
        if let Some(r) = b.rpm.as_mut() {
            r.level -= 1.0;
        }
        Ok(())
    }

    /// Charges the difference between a request's real token count and its estimate.
    pub fn settle(&self, key_id: &str, estimated: u32, actual: u32) {
        let Ok(mut keys) = self.keys.lock() else {
            return;
        };
        if let Some(t) = keys.get_mut(key_id).and_then(|b| b.tpm.as_mut()) {
            t.level -= f64::from(actual) - f64::from(estimated);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_limit_refuses_with_retry_after() {
        let l = RateLimiter::default();
        assert!(l.admit("k", Some(2), None, 0).is_ok());
        assert!(l.admit("k", Some(2), None, 0).is_ok());
        let e = l.admit("k", Some(2), None, 0).unwrap_err();
        assert!(!e.tokens);
        assert!((1..=30).contains(&e.retry_after), "{e:?}");
        assert!(l.admit("other", Some(2), None, 0).is_ok());
    }

    #[test]
    fn token_limit_accepts_debt_then_refuses() {
        let l = RateLimiter::default();
        assert!(l.admit("k", None, Some(100), 10).is_ok());
        l.settle("k", 10, 500);
        let e = l.admit("k", None, Some(100), 10).unwrap_err();
        assert!(e.tokens);
        assert!(e.retry_after >= 200, "{e:?}");
    }
}
