//! Storewall's HTTP gateway.
//!
//! Every ingress API (OpenAI chat, responses and embeddings; Anthropic
//! messages) is parsed into one [`exchange::Exchange`]; authentication,
//! limits and the DLP guard run on that form, and answers are restored,
//! streamed or not, before they reach the caller.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod config;
pub mod errors;
pub mod exchange;
mod forward;
pub mod guard;
mod handler;
pub mod ingress;
pub mod injection;
pub mod ledger;
pub mod metrics;
pub mod providers;
pub mod ratelimit;
mod scan;
mod server;
pub mod sse;
mod state;
pub mod stream_restore;

pub use scan::{result_json, unknown_source};
pub use server::{router, Gateway, StartError};
pub use state::AppState;
