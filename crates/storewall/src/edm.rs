use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use clap::Subcommand;
use storewall_dlp::{EdmBuilder, EntityType};
use storewall_gateway::config::Config;
use storewall_store::{load_edm_sets, remove_edm_set, save_edm_set, valid_set_name};

#[derive(Debug, Subcommand)]
pub enum EdmCommand {
    /// Fingerprint a table (e.g. a Shopify or WooCommerce customer export) so
    /// its exact values are recognised; only salted hashes are stored.
    Import {
        /// Name of the set; importing the same name again replaces it.
        #[arg(long)]
        name: String,
        /// COLUMN=ENTITY_TYPE, e.g. Email=EMAIL_ADDRESS. Join columns with
        /// `+` to fingerprint them together: "First Name+Last Name=PERSON".
        #[arg(long = "column", required = true)]
        columns: Vec<String>,
        /// The CSV file, with a header row.
        file: PathBuf,
    },
    /// List the sets in the data directory.
    List,
    /// Delete a set.
    Remove {
        /// The set's name.
        name: String,
    },
}

struct ColumnSpec {
    fields: Vec<usize>,
    entity: EntityType,
}

pub fn run(cmd: EdmCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let data_dir = &config.server.data_dir;
    match cmd {
        EdmCommand::Import {
            name,
            columns,
            file,
        } => {
            if !valid_set_name(&name) {
                bail!("--name must be 1 to 64 letters, digits, '-' or '_'");
            }
            let started = Instant::now();
            let mut rdr = csv::ReaderBuilder::new()
                .flexible(true)
                .from_path(&file)
                .with_context(|| format!("cannot open {}", file.display()))?;
            let headers: Vec<String> = rdr
                .headers()
                .with_context(|| format!("cannot read the header row of {}", file.display()))?
                .iter()
                .map(|h| h.trim().to_string())
                .collect();
            let mut specs = Vec::new();
            for c in &columns {
                let Some((cols, entity)) = c.rsplit_once('=') else {
                    bail!("--column `{c}`: write COLUMN=ENTITY_TYPE, e.g. Email=EMAIL_ADDRESS");
                };
                let entity = EntityType::custom(entity.trim())
                    .map_err(|e| anyhow::anyhow!("--column `{c}`: {e}"))?;
                let mut fields = Vec::new();
                for col in cols.split('+').map(str::trim) {
                    let Some(i) = headers.iter().position(|h| h.eq_ignore_ascii_case(col)) else {
                        bail!(
                            "--column `{c}`: no column `{col}` in {}; its columns are: {}",
                            file.display(),
                            headers.join(", ")
                        );
                    };
                    fields.push(i);
                }
                specs.push(ColumnSpec { fields, entity });
            }
            let mut salt = [0u8; 32];
            getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("random source failed: {e}"))?;
            let entities: Vec<EntityType> = specs.iter().map(|s| s.entity).collect();
            let mut builder = EdmBuilder::new(&name, salt, &entities);
            let mut rows = 0u64;
            let mut record = csv::StringRecord::new();
            let mut joined = String::new();
            loop {
                match rdr.read_record(&mut record) {
                    Ok(true) => {}
                    Ok(false) => break,
                    // The error names the line, never its content.
                    Err(e) => bail!(
                        "{}: line {}: not valid CSV",
                        file.display(),
                        e.position().map(|p| p.line()).unwrap_or(0)
                    ),
                }
                rows += 1;
                for (i, spec) in specs.iter().enumerate() {
                    joined.clear();
                    for (k, &f) in spec.fields.iter().enumerate() {
                        if k > 0 {
                            joined.push(' ');
                        }
                        joined.push_str(record.get(f).unwrap_or(""));
                    }
                    builder.add(i, &joined);
                }
            }
            let set = builder.finish();
            let path = save_edm_set(data_dir, &set)?;
            let per: Vec<String> = set
                .columns
                .iter()
                .map(|c| format!("{} {}", c.entity, c.fingerprints.len()))
                .collect();
            eprintln!(
                "Imported {rows} rows into set `{name}` ({}) in {:.1} s: {}",
                path.display(),
                started.elapsed().as_secs_f64(),
                per.join(", ")
            );
        }
        EdmCommand::List => {
            for set in load_edm_sets(data_dir)? {
                let per: Vec<String> = set
                    .columns
                    .iter()
                    .map(|c| format!("{}={}", c.entity, c.fingerprints.len()))
                    .collect();
                println!("{}\t{}", set.name, per.join(" "));
            }
        }
        EdmCommand::Remove { name } => {
            if !remove_edm_set(data_dir, &name)? {
                bail!("no set named `{name}`; see `storewall edm list`");
            }
            eprintln!("Removed set `{name}`.");
        }
    }
    Ok(ExitCode::SUCCESS)
}
