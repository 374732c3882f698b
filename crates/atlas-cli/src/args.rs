//! A small argument reader: positional arguments and `--name value` options. Six commands with
//! a handful of options do not need a parser generator.

use std::collections::BTreeMap;

/// Positional arguments and options, as given.
pub struct Args {
    pub positional: Vec<String>,
    options: BTreeMap<String, String>,
}

impl Args {
    /// Splits `args` into positional arguments and `--name value` (or `--name=value`) options;
    /// only the names in `known` are accepted.
    pub fn parse(args: &[String], known: &[&str]) -> Result<Self, String> {
        let mut positional = Vec::new();
        let mut options = BTreeMap::new();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if let Some(name) = arg.strip_prefix("--") {
                let (name, value) = match name.split_once('=') {
                    Some((name, value)) => (name.to_owned(), value.to_owned()),
                    None => {
                        let value = iter
                            .next()
                            .ok_or_else(|| format!("--{name} needs a value"))?;
                        (name.to_owned(), value.clone())
                    }
                };
                if !known.contains(&name.as_str()) {
                    return Err(format!(
                        "unknown option --{name}; options here: {}",
                        known
                            .iter()
                            .map(|k| format!("--{k}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                options.insert(name, value);
            } else {
                positional.push(arg.clone());
            }
        }
        Ok(Self {
            positional,
            options,
        })
    }

    pub fn option(&self, name: &str) -> Option<&str> {
        self.options.get(name).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::Args;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_positionals_and_both_option_forms() {
        let args = Args::parse(
            &strings(&["file.json", "--format", "gexf", "--to=2026"]),
            &["format", "to"],
        )
        .unwrap();
        assert_eq!(args.positional, ["file.json"]);
        assert_eq!(args.option("format"), Some("gexf"));
        assert_eq!(args.option("to"), Some("2026"));
    }

    #[test]
    fn refuses_unknown_options_and_missing_values() {
        assert!(Args::parse(&strings(&["--colour", "red"]), &["format"]).is_err());
        assert!(Args::parse(&strings(&["--format"]), &["format"]).is_err());
    }
}
