//! The TOML configuration, its defaults and its validation.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use secrecy::SecretString;
use serde::Deserialize;
use storewall_dlp::{Action, CustomDetector, CustomSpec, EntityType, Policy, Scanner};

/// Why a configuration was refused. The message names the file and the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: {reason}")]
    Read {
        /// The file.
        path: String,
        /// The underlying error.
        reason: std::io::Error,
    },
    /// The TOML is malformed, has an unknown key or a value of the wrong kind.
    #[error("invalid config file {path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// The parser's message, which names the key and its line.
        message: String,
    },
    /// A value parsed but is not usable.
    #[error("invalid config file {path}: `{key}`: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// The dotted key, e.g. `providers[0].base_url`.
        key: String,
        /// What is wrong and what to do.
        message: String,
    },
}

/// The whole configuration, as written in TOML.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Listener and limits.
    #[serde(default)]
    pub server: ServerConfig,
    /// The admin API.
    #[serde(default)]
    pub admin: AdminConfig,
    /// Upstream providers; the built-in `echo` provider when empty.
    #[serde(default)]
    pub providers: Vec<ProviderConfig>,
    /// Data-loss prevention.
    #[serde(default)]
    pub dlp: DlpConfig,
    /// The tamper-evident ledger of decisions.
    #[serde(default)]
    pub ledger: LedgerConfig,
    /// Prompt-injection defence.
    #[serde(default)]
    pub injection: InjectionConfig,
}

/// What an injection found in untrusted content does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InjectionAction {
    /// Refuse the request with 400, naming the segment.
    Block,
    /// Fence and datamark the segment and tell the model so.
    #[default]
    Fence,
    /// Forward it as it is; count it in the audit event.
    Record,
}

/// What a leaked canary does to the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LeakAction {
    /// Withhold the answer (422), or end the stream there.
    #[default]
    Block,
    /// Replace the token and pass the rest.
    Redact,
}

/// `[injection]`: screening of untrusted content and checks on answers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InjectionConfig {
    /// What an injection found in untrusted content does.
    pub action: InjectionAction,
    /// Fence every untrusted segment, not only those screened as injections.
    pub fence_all: bool,
    /// Place a canary token in system prompts and watch answers for it.
    pub canary: bool,
    /// What a leaked canary does.
    pub on_canary_leak: LeakAction,
    /// Remove images and links to hosts outside `answer_hosts` from answers.
    pub strip_links: bool,
    /// Hosts answers may show images from and link to (subdomains included).
    pub answer_hosts: Vec<String>,
    /// The screener's score (0 to 1, the verdict over all readings) from
    /// which a text counts as an injection; the trained model's own when
    /// unset. Lower catches more and flags more benign text.
    pub threshold: Option<f32>,
    /// A local transformer classifier as a second judge.
    pub transformer: Option<TransformerConfig>,
}

/// `[injection.transformer]`: a sequence-classification model exported to
/// ONNX and its tokenizer, read from local files (nothing is downloaded).
/// A text is an injection when the built-in screener or this model says
/// so. Needs a build with the `transformer` feature.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransformerConfig {
    /// The `.onnx` file.
    pub model: PathBuf,
    /// The model's `tokenizer.json`.
    pub tokenizer: PathBuf,
    /// The label indices that mean injection (see the model's
    /// `id2label`); their probabilities are added.
    #[serde(default = "default_injection_labels")]
    pub injection_labels: Vec<usize>,
    /// The probability from which the model flags a text.
    #[serde(default = "default_transformer_threshold")]
    pub threshold: f32,
    /// Tokens per window, special tokens included; longer texts are read
    /// in overlapping windows and the most suspicious one counts.
    #[serde(default = "default_max_tokens")]
    pub max_tokens: usize,
}

fn default_injection_labels() -> Vec<usize> {
    vec![1]
}

fn default_transformer_threshold() -> f32 {
    0.5
}

fn default_max_tokens() -> usize {
    512
}

/// Why the screener could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ScreenerError {
    /// The committed model did not load.
    #[error(transparent)]
    Model(#[from] storewall_inject::ModelError),
    /// The transformer classifier did not load.
    #[error("`injection.transformer`: {0}")]
    Transformer(String),
}

/// What a config naming a transformer gets from a build without one.
#[cfg(not(feature = "transformer"))]
const NO_TRANSFORMER: &str = "this build cannot run a transformer classifier; rebuild with `--features transformer` (`cargo build --release -p storewall --features transformer`) or remove the section";

impl InjectionConfig {
    /// The screener this section asks for: the committed model, at the
    /// configured threshold, and the transformer classifier if one is
    /// configured.
    pub fn screener(&self) -> Result<storewall_inject::Screener, ScreenerError> {
        let s = storewall_inject::Screener::new()?;
        let s = match self.threshold {
            Some(t) => s.with_threshold(t),
            None => s,
        };
        match &self.transformer {
            Some(t) => t.add_to(s),
            None => Ok(s),
        }
    }
}

impl TransformerConfig {
    /// The options this section gives the classifier.
    #[cfg(feature = "transformer")]
    fn options(&self) -> storewall_inject::TransformerOptions {
        storewall_inject::TransformerOptions {
            model: self.model.clone(),
            tokenizer: self.tokenizer.clone(),
            injection_labels: self.injection_labels.clone(),
            threshold: self.threshold,
            max_tokens: self.max_tokens,
        }
    }

    /// Loads the model (which runs it once) and adds it to `screener`.
    #[cfg(feature = "transformer")]
    fn add_to(
        &self,
        screener: storewall_inject::Screener,
    ) -> Result<storewall_inject::Screener, ScreenerError> {
        let t = storewall_inject::Transformer::load(&self.options())
            .map_err(|e| ScreenerError::Transformer(e.to_string()))?;
        Ok(screener.with_transformer(t))
    }

    #[cfg(not(feature = "transformer"))]
    fn add_to(
        &self,
        _: storewall_inject::Screener,
    ) -> Result<storewall_inject::Screener, ScreenerError> {
        Err(ScreenerError::Transformer(NO_TRANSFORMER.into()))
    }
}

impl Default for InjectionConfig {
    fn default() -> Self {
        InjectionConfig {
            action: InjectionAction::Fence,
            fence_all: false,
            canary: true,
            on_canary_leak: LeakAction::Block,
            strip_links: true,
            answer_hosts: Vec::new(),
            threshold: None,
            transformer: None,
        }
    }
}

/// What a response waits for before it ends; see [`LedgerConfig::durability`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LedgerDurability {
    /// Written and synced to disk.
    #[default]
    Fsync,
    /// Written to the operating system.
    Write,
}

impl LedgerDurability {
    /// The ledger's own name for it.
    pub fn level(self) -> storewall_ledger::Durability {
        match self {
            LedgerDurability::Fsync => storewall_ledger::Durability::Synced,
            LedgerDurability::Write => storewall_ledger::Durability::Written,
        }
    }
}

/// `[ledger]`: the tamper-evident log every decision goes to.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LedgerConfig {
    /// Write the ledger; off, events go to the store's audit table only.
    pub enabled: bool,
    /// The ledger's directory; `DATA_DIR/ledger` when unset.
    pub dir: Option<PathBuf>,
    /// The log's origin, the first line of every checkpoint and the name of
    /// its key.
    pub origin: String,
    /// The Ed25519 signing key's file; `LEDGER_DIR/signing.key` when unset.
    /// Generated on first start, owner-only.
    pub key_path: Option<PathBuf>,
    /// A verifier key to check checkpoints against (the line
    /// `storewall ledger pubkey` printed when the ledger was new). Without
    /// one, `verify` trusts the key file beside the log, which an attacker
    /// with the disk could replace.
    pub verifier_key: Option<String>,
    /// How often a checkpoint is signed while events come in.
    pub checkpoint_interval_secs: u64,
    /// What a response waits for: `fsync` (the event is on disk, safe
    /// from a power cut) or `write` (handed to the operating system, safe
    /// from the gateway crashing or being killed, without waiting on the
    /// disk).
    pub durability: LedgerDurability,
    /// Events older than this are pruned (their hashes stay, so proofs of
    /// the rest hold), e.g. "400d". Kept for ever when unset.
    pub retention: Option<String>,
    /// Seal a SHA-256 of each prompt into its event, under the data
    /// subject's key (the `x-storewall-subject` header, else the key).
    pub prompt_hashes: bool,
    /// POST each batch of written events, as a JSON array, to this URL.
    pub webhook_url: Option<String>,
    /// Send each written event as an RFC 5424 syslog message over UDP to
    /// this `host:port`.
    pub syslog_addr: Option<String>,
}

impl Default for LedgerConfig {
    fn default() -> Self {
        LedgerConfig {
            enabled: true,
            dir: None,
            origin: "storewall.local/ledger".into(),
            key_path: None,
            verifier_key: None,
            checkpoint_interval_secs: 10,
            durability: LedgerDurability::Fsync,
            retention: None,
            prompt_hashes: false,
            webhook_url: None,
            syslog_addr: None,
        }
    }
}

impl LedgerConfig {
    /// The ledger's directory under `data_dir`.
    pub fn dir(&self, data_dir: &Path) -> PathBuf {
        self.dir.clone().unwrap_or_else(|| data_dir.join("ledger"))
    }

    /// Where and how to open it.
    pub fn options(&self, data_dir: &Path) -> storewall_ledger::LedgerOptions {
        storewall_ledger::LedgerOptions {
            dir: self.dir(data_dir),
            origin: self.origin.clone(),
            key_path: self.key_path.clone(),
        }
    }

    /// The retention period, parsed.
    pub fn retention(&self) -> Result<Option<std::time::Duration>, String> {
        self.retention
            .as_deref()
            .map(|r| {
                humantime::parse_duration(r)
                    .map_err(|e| format!("bad duration `{r}` ({e}); use e.g. 400d or 12w"))
            })
            .transpose()
    }
}

/// `[server]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Where the embedded database lives.
    pub data_dir: PathBuf,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("./storewall-data"),
            max_body_bytes: 4 * 1024 * 1024,
        }
    }
}

/// `[admin]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    /// Environment variable holding the admin credential. The admin API is
    /// off while it is unset.
    pub api_key_env: String,
}

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            api_key_env: "STOREWALL_ADMIN_KEY".into(),
        }
    }
}

/// The wire protocol a provider speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// OpenAI's API, or any compatible server (vLLM, Ollama, …).
    Openai,
    /// Anthropic's Messages API.
    Anthropic,
    /// Built in: answers with the text it received after the guard.
    Echo,
}

/// `[[providers]]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// Unique name, used in metrics and audit events.
    pub name: String,
    /// Wire protocol.
    pub kind: ProviderKind,
    /// Base URL; defaults to the vendor's public API.
    pub base_url: Option<String>,
    /// Environment variable holding the provider's API key.
    pub api_key_env: Option<String>,
    /// Glob patterns of model names routed here.
    #[serde(default)]
    pub models: Vec<String>,
    /// Limit for a whole non-streamed answer, in seconds.
    #[serde(default = "default_timeout")]
    pub timeout_secs: f64,
    /// Limit for opening the connection, in seconds.
    #[serde(default = "default_connect_timeout")]
    pub connect_timeout_secs: f64,
    /// Longest silence allowed between two chunks of a stream, in seconds.
    #[serde(default = "default_idle_timeout")]
    pub stream_idle_timeout_secs: f64,
    /// Caller headers passed on to this provider, beyond `anthropic-version`
    /// (e.g. `anthropic-beta`). Beta flags can switch on features that make
    /// the provider fetch from hosts the caller names, so none pass by default.
    #[serde(default)]
    pub forward_headers: Vec<String>,
    /// Lets requests name remote MCP servers (Anthropic `mcp_servers`,
    /// Responses tools of type `mcp`), which the provider then calls.
    #[serde(default)]
    pub allow_remote_mcp: bool,
    /// DLP actions for this provider only, over `[dlp.actions]`: e.g. a
    /// provider under a data-processing agreement may receive emails in clear.
    #[serde(default)]
    pub dlp_actions: BTreeMap<String, Action>,
}

fn default_timeout() -> f64 {
    600.0
}
fn default_connect_timeout() -> f64 {
    10.0
}
fn default_idle_timeout() -> f64 {
    120.0
}

/// `[dlp]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DlpConfig {
    /// Action for every type without an override.
    pub default_action: Action,
    /// Overrides per entity type (built-in or custom). `SECRET` is blocked unless set here.
    pub actions: BTreeMap<String, Action>,
    /// The store's own detectors (`[[dlp.custom]]`).
    pub custom: Vec<CustomSpec>,
    /// Output DLP (`[dlp.output]`).
    pub output: OutputConfig,
}

/// `[dlp.output]`: what happens to values in an answer that the request
/// did not hold (another customer's data, a credential).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutputConfig {
    /// Action for every type without an override: allow, redact, mask or block.
    pub action: Action,
    /// Overrides per entity type. Names and places are allowed unless set
    /// here: answers name products, brands and the store's own staff.
    pub actions: BTreeMap<String, Action>,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig {
            action: Action::Redact,
            actions: BTreeMap::new(),
        }
    }
}

impl Default for DlpConfig {
    fn default() -> Self {
        DlpConfig {
            default_action: Action::Tokenize,
            actions: BTreeMap::new(),
            custom: Vec::new(),
            output: OutputConfig::default(),
        }
    }
}

/// Checks an action table's type names against the built-in and custom types.
fn entity_actions(
    table: &BTreeMap<String, Action>,
    custom: &[EntityType],
) -> Result<BTreeMap<EntityType, Action>, (String, String)> {
    let mut out = BTreeMap::new();
    for (name, action) in table {
        let entity = match name.parse::<EntityType>() {
            Ok(e) => e,
            Err(_) => match custom.iter().find(|c| c.as_str() == name) {
                Some(c) => *c,
                None => {
                    return Err((
                        name.clone(),
                        format!(
                            "unknown entity type; expected one of {} or a type defined in [[dlp.custom]]",
                            EntityType::names().join(", ")
                        ),
                    ))
                }
            },
        };
        out.insert(entity, *action);
    }
    Ok(out)
}

impl DlpConfig {
    /// The custom detectors, compiled.
    pub fn custom_detectors(&self) -> Result<Vec<CustomDetector>, (usize, String)> {
        self.custom
            .iter()
            .enumerate()
            .map(|(i, spec)| CustomDetector::new(spec).map_err(|e| (i, e.to_string())))
            .collect()
    }

    /// A scanner with the built-in and custom detectors.
    pub fn scanner(&self) -> Scanner {
        Scanner::with_custom(self.custom_detectors().unwrap_or_default())
    }

    fn custom_entities(&self) -> Vec<EntityType> {
        self.custom_detectors()
            .unwrap_or_default()
            .iter()
            .map(CustomDetector::entity)
            .collect()
    }

    /// The policy the guard applies, with a provider's overrides on top.
    pub fn policy_with(&self, overrides: &BTreeMap<String, Action>) -> Policy {
        let custom = self.custom_entities();
        let mut policy = Policy {
            default_action: self.default_action,
            ..Policy::default()
        };
        for table in [&self.actions, overrides] {
            if let Ok(t) = entity_actions(table, &custom) {
                policy.actions.extend(t);
            }
        }
        policy
    }

    /// The policy without provider overrides.
    pub fn policy(&self) -> Policy {
        self.policy_with(&BTreeMap::new())
    }

    /// The output policy, or `None` when every action is allow.
    pub fn output_policy(&self) -> Option<Policy> {
        let custom = self.custom_entities();
        let mut policy = Policy {
            default_action: self.output.action,
            actions: BTreeMap::new(),
        };
        policy.actions.insert(EntityType::Person, Action::Allow);
        policy.actions.insert(EntityType::Location, Action::Allow);
        if let Ok(t) = entity_actions(&self.output.actions, &custom) {
            policy.actions.extend(t);
        }
        let active = policy.default_action != Action::Allow
            || policy.actions.values().any(|a| *a != Action::Allow);
        active.then_some(policy)
    }
}

/// A provider ready to use: URL parsed, key read, globs compiled.
#[derive(Clone, Debug)]
pub struct Provider {
    /// Unique name.
    pub name: String,
    /// Wire protocol.
    pub kind: ProviderKind,
    /// Base URL, without a trailing slash.
    pub base_url: String,
    /// The provider's key, never shown.
    pub api_key: Option<SecretString>,
    /// Which models route here.
    pub models: GlobSet,
    /// See [`ProviderConfig::timeout_secs`].
    pub timeout: std::time::Duration,
    /// See [`ProviderConfig::connect_timeout_secs`].
    pub connect_timeout: std::time::Duration,
    /// See [`ProviderConfig::stream_idle_timeout_secs`].
    pub stream_idle_timeout: std::time::Duration,
    /// Model names that are literal (no glob), listed by `/v1/models`.
    pub literal_models: Vec<String>,
    /// See [`ProviderConfig::forward_headers`], lower-cased.
    pub forward_headers: Vec<String>,
    /// See [`ProviderConfig::allow_remote_mcp`].
    pub allow_remote_mcp: bool,
    /// The DLP policy for requests routed here.
    pub policy: Policy,
    /// The output DLP policy; `None` when answers are not scanned.
    pub output_policy: Option<Policy>,
}

impl Config {
    /// Reads a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|reason| ConfigError::Read {
            path: path.display().to_string(),
            reason,
        })?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses config text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: origin.to_string(),
            message: e.to_string().trim_end().to_string(),
        })?;
        let custom =
            config
                .dlp
                .custom_detectors()
                .map_err(|(i, message)| ConfigError::Invalid {
                    path: origin.into(),
                    key: format!("dlp.custom[{i}]"),
                    message,
                })?;
        let custom: Vec<EntityType> = custom.iter().map(CustomDetector::entity).collect();
        let tables = std::iter::once(("dlp.actions".to_string(), &config.dlp.actions)).chain(
            config
                .providers
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("providers[{i}].dlp_actions"), &p.dlp_actions)),
        );
        let tables = tables.chain(std::iter::once((
            "dlp.output.actions".to_string(),
            &config.dlp.output.actions,
        )));
        for (key, table) in tables {
            entity_actions(table, &custom).map_err(|(name, message)| ConfigError::Invalid {
                path: origin.into(),
                key: format!("{key}.{name}"),
                message,
            })?;
        }
        let output = &config.dlp.output;
        let tokenized = std::iter::once(("dlp.output.action".to_string(), output.action))
            .chain(
                output
                    .actions
                    .iter()
                    .map(|(k, a)| (format!("dlp.output.actions.{k}"), *a)),
            )
            .find(|(_, a)| *a == Action::Tokenize);
        if let Some((key, _)) = tokenized {
            return Err(ConfigError::Invalid {
                path: origin.into(),
                key,
                message: "tokenize has no meaning for an answer (nobody restores it); use allow, redact, mask or block".into(),
            });
        }
        config.resolve_providers(origin, false)?;
        if let Err(message) = config.ledger.retention() {
            return Err(ConfigError::Invalid {
                path: origin.into(),
                key: "ledger.retention".into(),
                message,
            });
        }
        if config.ledger.checkpoint_interval_secs == 0 {
            return Err(ConfigError::Invalid {
                path: origin.into(),
                key: "ledger.checkpoint_interval_secs".into(),
                message: "must be at least 1".into(),
            });
        }
        if config.ledger.origin.trim().is_empty() || config.ledger.origin.contains(['\n', '+', ' '])
        {
            return Err(ConfigError::Invalid {
                path: origin.into(),
                key: "ledger.origin".into(),
                message: "must be a non-empty name without spaces, `+` or line breaks, such as shop.example/ledger".into(),
            });
        }
        if let Some(t) = config.injection.threshold {
            if !(t > 0.0 && t < 1.0) {
                return Err(ConfigError::Invalid {
                    path: origin.into(),
                    key: "injection.threshold".into(),
                    message: format!("{t} is not between 0 and 1 (exclusive); leave it out to use the model's own"),
                });
            }
        }
        let transformer_invalid = |key: &str, message: String| ConfigError::Invalid {
            path: origin.into(),
            key: format!("injection.transformer{key}"),
            message,
        };
        #[cfg(not(feature = "transformer"))]
        if config.injection.transformer.is_some() {
            return Err(transformer_invalid("", NO_TRANSFORMER.into()));
        }
        #[cfg(feature = "transformer")]
        if let Some(t) = &config.injection.transformer {
            if let Err(e) = t.options().check_values() {
                return Err(match e {
                    storewall_inject::TransformerError::Option { key, problem } => {
                        transformer_invalid(&format!(".{key}"), problem)
                    }
                    other => transformer_invalid("", other.to_string()),
                });
            }
        }
        if config.server.max_body_bytes == 0 {
            return Err(ConfigError::Invalid {
                path: origin.into(),
                key: "server.max_body_bytes".into(),
                message: "must be greater than 0".into(),
            });
        }
        Ok(config)
    }

    /// Resolves the providers, reading keys from the environment. Without any
    /// configured provider, the built-in `echo` provider serves every model.
    pub fn providers(&self, origin: &str) -> Result<Vec<Provider>, ConfigError> {
        self.resolve_providers(origin, true)
    }

    /// Like [`Config::providers`]; reads no keys unless `read_keys`, so
    /// commands that never call a provider work without its secrets.
    fn resolve_providers(
        &self,
        origin: &str,
        read_keys: bool,
    ) -> Result<Vec<Provider>, ConfigError> {
        let invalid = |key: String, message: String| ConfigError::Invalid {
            path: origin.into(),
            key,
            message,
        };
        if self.providers.is_empty() {
            return Ok(vec![Provider {
                name: "echo".into(),
                kind: ProviderKind::Echo,
                base_url: String::new(),
                api_key: None,
                models: glob_set(&["*".to_string()]).map_err(|m| invalid("providers".into(), m))?,
                timeout: std::time::Duration::from_secs(600),
                connect_timeout: std::time::Duration::from_secs(10),
                stream_idle_timeout: std::time::Duration::from_secs(120),
                literal_models: vec!["echo".into()],
                forward_headers: Vec::new(),
                allow_remote_mcp: false,
                policy: self.dlp.policy(),
                output_policy: self.dlp.output_policy(),
            }]);
        }
        let mut out: Vec<Provider> = Vec::new();
        for (i, p) in self.providers.iter().enumerate() {
            let key = |field: &str| format!("providers[{i}].{field}");
            if p.name.trim().is_empty() {
                return Err(invalid(key("name"), "must not be empty".into()));
            }
            if out.iter().any(|o| o.name == p.name) {
                return Err(invalid(key("name"), format!("`{}` is used twice", p.name)));
            }
            if p.models.is_empty() {
                return Err(invalid(
                    key("models"),
                    "list at least one model pattern, e.g. [\"gpt-*\"]".into(),
                ));
            }
            let models = glob_set(&p.models).map_err(|m| invalid(key("models"), m))?;
            let base_url = match (p.kind, &p.base_url) {
                (ProviderKind::Echo, _) => String::new(),
                (_, Some(u)) => u.trim_end_matches('/').to_string(),
                (ProviderKind::Openai, None) => "https://api.openai.com/v1".into(),
                (ProviderKind::Anthropic, None) => "https://api.anthropic.com".into(),
            };
            if p.kind != ProviderKind::Echo {
                match reqwest::Url::parse(&base_url) {
                    Ok(u) if u.query().is_some() || u.fragment().is_some() => {
                        return Err(invalid(
                            key("base_url"),
                            "must not carry a query or fragment; the gateway appends the API path"
                                .into(),
                        ))
                    }
                    Ok(u) if u.scheme() == "https" => {}
                    Ok(u) if u.scheme() == "http" => {
                        let local =
                            matches!(u.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
                        if !local && p.api_key_env.is_some() && read_keys {
                            tracing::warn!(provider = %p.name, "base_url is plain http: the provider key crosses the network unencrypted");
                        }
                    }
                    _ => {
                        return Err(invalid(
                            key("base_url"),
                            format!("`{base_url}` is not an http(s) URL"),
                        ))
                    }
                }
            }
            let api_key = match &p.api_key_env {
                _ if !read_keys => None,
                None => None,
                Some(var) => match std::env::var(var) {
                    Ok(v) if !v.is_empty() => Some(SecretString::from(v)),
                    _ => {
                        return Err(invalid(
                            key("api_key_env"),
                            format!("environment variable {var} is not set; export it or remove api_key_env"),
                        ))
                    }
                },
            };
            let secs = |field: &str, v: f64| {
                std::time::Duration::try_from_secs_f64(v)
                    .ok()
                    .filter(|d| !d.is_zero() && d.as_secs() <= 7 * 24 * 3600)
                    .ok_or_else(|| {
                        invalid(
                            key(field),
                            "must be a number of seconds between 0 and 604800 (a week)".into(),
                        )
                    })
            };
            let timeout = secs("timeout_secs", p.timeout_secs)?;
            let connect_timeout = secs("connect_timeout_secs", p.connect_timeout_secs)?;
            let stream_idle_timeout = secs("stream_idle_timeout_secs", p.stream_idle_timeout_secs)?;
            let mut literal_models: Vec<String> = p
                .models
                .iter()
                .filter(|m| !m.contains(['*', '?', '[', '{']))
                .cloned()
                .collect();
            if p.kind == ProviderKind::Echo
                && models.is_match("echo")
                && !literal_models.iter().any(|m| m == "echo")
            {
                literal_models.push("echo".into());
            }
            out.push(Provider {
                name: p.name.clone(),
                kind: p.kind,
                base_url,
                api_key,
                models,
                timeout,
                connect_timeout,
                stream_idle_timeout,
                literal_models,
                forward_headers: p
                    .forward_headers
                    .iter()
                    .map(|h| h.to_ascii_lowercase())
                    .collect(),
                allow_remote_mcp: p.allow_remote_mcp,
                policy: self.dlp.policy_with(&p.dlp_actions),
                output_policy: self.dlp.output_policy(),
            });
        }
        Ok(out)
    }
}

/// Compiles model patterns; the error says which one is wrong.
pub fn glob_set(patterns: &[String]) -> Result<GlobSet, String> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| format!("bad pattern `{p}`: {e}"))?);
    }
    b.build().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_example_parses() {
        std::env::set_var("SW_TEST_OPENAI_KEY", "x");
        let c = Config::parse(
            r#"
[server]
listen = "127.0.0.1:8080"
data_dir = "./storewall-data"
max_body_bytes = 4194304

[[providers]]
name = "openai"
kind = "openai"
base_url = "https://api.openai.com/v1"
api_key_env = "SW_TEST_OPENAI_KEY"
models = ["gpt-*", "o*"]

[dlp]
default_action = "tokenize"
[dlp.actions]
SECRET = "block"
"#,
            "storewall.toml",
        )
        .unwrap();
        let p = c.providers("storewall.toml").unwrap();
        assert!(p[0].models.is_match("gpt-4o"));
        assert!(!p[0].models.is_match("claude-3"));
        assert_eq!(c.dlp.policy().action_for(EntityType::Secret), Action::Block);
    }

    #[test]
    fn custom_detectors_and_provider_overrides() {
        let c = Config::parse(
            r#"
[[providers]]
name = "trusted"
kind = "echo"
models = ["*"]
dlp_actions = { EMAIL_ADDRESS = "allow", ORDER_ID = "mask" }

[dlp.actions]
ORDER_ID = "redact"

[[dlp.custom]]
name = "store-order-id"
entity = "ORDER_ID"
pattern = '\bSW-(\d{8})\b'
context = ["order"]
"#,
            "e.toml",
        )
        .unwrap();
        let order = EntityType::custom("ORDER_ID").unwrap();
        assert_eq!(c.dlp.policy().action_for(order), Action::Redact);
        let p = c.providers("e.toml").unwrap();
        assert_eq!(p[0].policy.action_for(order), Action::Mask);
        assert_eq!(
            p[0].policy.action_for(EntityType::EmailAddress),
            Action::Allow
        );
        let found = c.dlp.scanner().scan("your order SW-12345678 shipped");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].entity.as_str(), "ORDER_ID");
        assert_eq!(found[0].detector, "store-order-id");
        assert!(found[0].score > 0.9);
    }

    #[test]
    fn unknown_key_is_named_with_the_file() {
        let e = Config::parse("[server]\nlisten = \"127.0.0.1:1\"\nlisen = 1\n", "a.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("a.toml") && e.contains("lisen"), "{e}");
    }

    #[test]
    fn injection_threshold_is_checked_and_applied() {
        let e = Config::parse("[injection]\nthreshold = 1.5\n", "t.toml")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("injection.threshold") && e.contains("1.5"),
            "{e}"
        );
        let c = Config::parse("[injection]\nthreshold = 0.42\n", "t.toml").unwrap();
        assert_eq!(c.injection.screener().unwrap().threshold(), 0.42);
        let default = Config::parse("", "t.toml").unwrap();
        let model = storewall_inject::Screener::new().unwrap().threshold();
        assert_eq!(default.injection.screener().unwrap().threshold(), model);
    }

    /// An `[injection.transformer]` section naming the toy model that
    /// storewall-inject's tests use, plus `extra` lines.
    fn transformer_section(model: &str, extra: &str) -> String {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../storewall-inject/tests/data");
        format!(
            "[injection.transformer]\nmodel = '{}'\ntokenizer = '{}'\n{extra}",
            data.join(model).display(),
            data.join("tokenizer.json").display()
        )
    }

    #[cfg(not(feature = "transformer"))]
    #[test]
    fn a_transformer_needs_the_feature() {
        let e = Config::parse(&transformer_section("classifier.onnx", ""), "t.toml")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("`injection.transformer`") && e.contains("--features transformer"),
            "{e}"
        );
    }

    #[cfg(feature = "transformer")]
    #[test]
    fn a_transformer_section_is_checked_and_loaded() {
        let c = Config::parse(&transformer_section("classifier.onnx", ""), "t.toml").unwrap();
        let t = c.injection.transformer.clone().unwrap();
        assert_eq!(
            (t.injection_labels, t.threshold, t.max_tokens),
            (vec![1], 0.5, 512)
        );
        let s = c.injection.screener().unwrap();
        assert!(s.transformer().is_some());
        assert!(s.screen("great boots xyzzy").injection);
        assert!(Config::parse("", "t.toml")
            .unwrap()
            .injection
            .screener()
            .unwrap()
            .transformer()
            .is_none());

        for (extra, key) in [
            ("threshold = 1.5\n", "injection.transformer.threshold"),
            ("threshold = 0\n", "injection.transformer.threshold"),
            (
                "injection_labels = []\n",
                "injection.transformer.injection_labels",
            ),
            ("max_tokens = 0\n", "injection.transformer.max_tokens"),
            ("labels = [1]\n", "labels"),
        ] {
            let e = Config::parse(&transformer_section("classifier.onnx", extra), "t.toml")
                .unwrap_err()
                .to_string();
            assert!(e.contains("t.toml") && e.contains(key), "{extra}: {e}");
        }
        let e = Config::parse("[injection.transformer]\nmodel = 'm.onnx'\n", "t.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("tokenizer"), "{e}");

        // What only loading finds is named with the section.
        for (model, extra, want) in [
            ("absent.onnx", "", "`model`: no file at"),
            ("image_model.onnx", "", "found `pixel_values`"),
            (
                "classifier.onnx",
                "injection_labels = [3]\n",
                "label 3 does not exist",
            ),
        ] {
            let c = Config::parse(&transformer_section(model, extra), "t.toml").unwrap();
            let Err(e) = c.injection.screener() else {
                panic!("{model} loaded");
            };
            let e = e.to_string();
            assert!(
                e.starts_with("`injection.transformer`: ") && e.contains(want),
                "{e}"
            );
        }
    }

    #[test]
    fn invalid_values_are_named() {
        let e = Config::parse("[dlp]\ndefault_action = \"shred\"\n", "b.toml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("b.toml") && e.contains("shred"), "{e}");
        let e = Config::parse("[dlp.actions]\nCARD = \"block\"\n", "b.toml")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("dlp.actions.CARD") && e.contains("CREDIT_CARD"),
            "{e}"
        );
        let e = Config::parse(
            "[[dlp.custom]]\nname = \"o\"\nentity = \"ORDER_ID\"\npattern = \"(\"\n",
            "b.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("dlp.custom[0]"), "{e}");
        let e = Config::parse(
            "[[providers]]\nname = \"x\"\nkind = \"openai\"\nbase_url = \"ftp://x\"\nmodels = [\"*\"]\n",
            "c.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("providers[0].base_url"), "{e}");
        let e = Config::parse(
            "[[providers]]\nname = \"x\"\nkind = \"openai\"\nmodels = [\"*\"]\ntimeout_secs = 1e30\n",
            "d.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("providers[0].timeout_secs"), "{e}");
        let e = Config::parse(
            "[[providers]]\nname = \"x\"\nkind = \"openai\"\nbase_url = \"https://h/v1?x=1\"\nmodels = [\"*\"]\n",
            "d.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("query"), "{e}");
    }
}
