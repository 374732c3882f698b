//! A small argument reader: positional arguments, `--name value` options and `--name` flags.
//! Six commands with a handful of options do not need a parser generator.

use std::collections::BTreeMap;

/// Positional arguments, options and flags, as given.
pub struct Args {
    pub positional: Vec<String>,
    options: BTreeMap<String, String>,
    flags: Vec<String>,
}

impl Args {
    /// Splits `args` into positional arguments and `--name value` (or `--name=value`) options;
    /// only the names in `known` are accepted.
    pub fn parse(args: &[String], known: &[&str]) -> Result<Self, String> {
        Self::parse_with_flags(args, known, &[])
    }

    /// Like [`Args::parse`], and also accepts the `--name` flags in `flags`, which take no value.
    pub fn parse_with_flags(
        args: &[String],
        known: &[&str],
        flags: &[&str],
    ) -> Result<Self, String> {
        let mut positional = Vec::new();
        let mut options = BTreeMap::new();
        let mut given_flags = Vec::new();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if let Some(flag) = arg.strip_prefix("--").filter(|f| flags.contains(f)) {
                given_flags.push(flag.to_owned());
            } else if let Some(name) = arg.strip_prefix("--") {
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
                            .chain(flags)
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
            flags: given_flags,
        })
    }

    pub fn option(&self, name: &str) -> Option<&str> {
        self.options.get(name).map(String::as_str)
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
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
    fn reads_flags_without_taking_the_next_argument() {
        let args = Args::parse_with_flags(
            &strings(&["--deny-warnings", "file.json"]),
            &[],
            &["deny-warnings"],
        )
        .unwrap();
        assert_eq!(args.positional, ["file.json"]);
        assert!(args.flag("deny-warnings"));
        assert!(!Args::parse(&strings(&["file.json"]), &[])
            .unwrap()
            .flag("deny-warnings"));
    }

    #[test]
    fn refuses_unknown_options_and_missing_values() {
        assert!(Args::parse(&strings(&["--colour", "red"]), &["format"]).is_err());
        assert!(Args::parse(&strings(&["--format"]), &["format"]).is_err());
    }
}
