//! Prometheus metrics: requests and latency by route, provider and decision.

use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    provider: String,
    decision: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LatencyLabels {
    route: String,
    provider: String,
    decision: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct EntityLabels {
    entity: String,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn latency_histogram() -> Histogram {
    // 0.1 ms to about 26 s.
    Histogram::new(exponential_buckets(0.0001, 2.0, 19))
}

/// The gateway's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: HistogramFamily<LatencyLabels>,
    guard: Histogram,
    findings: Family<EntityLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("storewall");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency: HistogramFamily<LatencyLabels> =
            Family::new_with_constructor(latency_histogram);
        let guard = Histogram::new(exponential_buckets(0.000_005, 2.0, 16));
        let findings = Family::<EntityLabels, Counter>::default();
        registry.register("requests", "Requests answered", requests.clone());
        registry.register(
            "request_duration_seconds",
            "Time from arrival to the end of the answer",
            latency.clone(),
        );
        registry.register(
            "guard_duration_seconds",
            "Time spent scanning and protecting a request",
            guard.clone(),
        );
        registry.register(
            "dlp_findings",
            "Sensitive values found in requests",
            findings.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            guard,
            findings,
        }
    }
}

impl Metrics {
    /// Counts one answered request.
    pub fn request(&self, route: &str, provider: &str, decision: &str, status: u16, seconds: f64) {
        self.requests
            .get_or_create(&RequestLabels {
                route: route.into(),
                provider: provider.into(),
                decision: decision.into(),
                status: status.to_string(),
            })
            .inc();
        self.latency
            .get_or_create(&LatencyLabels {
                route: route.into(),
                provider: provider.into(),
                decision: decision.into(),
            })
            .observe(seconds);
    }

    /// Records the guard's time for one request.
    pub fn guard(&self, seconds: f64) {
        self.guard.observe(seconds);
    }

    /// Counts findings of one type.
    pub fn findings(&self, entity: &str, n: u32) {
        self.findings
            .get_or_create(&EntityLabels {
                entity: entity.into(),
            })
            .inc_by(u64::from(n));
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}
