//! Detection, tokenization and restoration of sensitive data in text.
//!
//! The crate is pure: it does no I/O. The gateway calls [`Scanner::scan`] on
//! every outbound segment, applies a [`Policy`] with [`protect`], and restores
//! placeholders in answers with a [`Vault`] and, for streams, a
//! [`StreamRestorer`].
//!
//! Offsets inside the crate are byte offsets into UTF-8 text; the public
//! finding JSON uses Unicode code points, as Presidio does (see
//! [`Finding::to_json_offsets`]).

mod action;
mod custom;
mod detect;
mod edm;
mod entity;
mod finding;
mod intern;
mod output;
mod placeholder;
mod protect;
mod restore;
mod scanner;
pub mod validate;
mod vault;

pub use action::{Action, ActionParseError, Policy};
pub use custom::{CustomDetector, CustomError, CustomSpec, Validator};
pub use edm::{EdmBuilder, EdmColumn, EdmError, EdmSet, Normalizer};
pub use entity::{EntityType, InvalidCustomName, UnknownEntity};
pub use finding::{Finding, JsonFinding};
pub use output::{guard_output, OutputStream, Seen};
pub use protect::{protect, Protected};
pub use restore::{restore_all, restore_all_with, StreamRestorer, ValueEscaping};
pub use scanner::Scanner;
pub use vault::Vault;
