//! From the bytes of a data file to a checked [`Dataset`].

use serde::Deserialize;

use crate::dataset::Dataset;
use crate::error::{LoadError, Problem};
use crate::raw::RawDataset;
use crate::validate::{validate, FORMAT_MAJOR};

/// The largest data file the atlas reads, in bytes. The bundled file is a small fraction of it;
/// a file this large still parses in well under a second on an office laptop.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Reads a data file from raw bytes: checks size and encoding, then parses and validates.
pub fn parse_dataset_bytes(bytes: &[u8]) -> Result<Dataset, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::single(
            "",
            Problem::TooLarge {
                bytes: bytes.len(),
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_dataset(text),
        Err(e) => {
            let at = e.valid_up_to();
            // Editors show lines, not byte offsets: say both.
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            Err(LoadError::single(
                "",
                Problem::Syntax {
                    message: format!(
                        "the file is not UTF-8 text: byte {at} (on line {line}) cannot start a character; save it as UTF-8"
                    ),
                },
            ))
        }
    }
}

/// Parses a data file and validates it.
pub fn parse_dataset(text: &str) -> Result<Dataset, LoadError> {
    validate(&parse_raw(text)?)
}

/// Parses a data file into its raw form without validating it.
pub fn parse_raw(text: &str) -> Result<RawDataset, LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::single(
            "",
            Problem::TooLarge {
                bytes: text.len(),
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    // Editors on Windows often save a byte-order mark; it carries no meaning in UTF-8.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax =
        |path: String, message: String| LoadError::single(path, Problem::Syntax { message });
    // Without this, `[]` or `null` would be read by position and blamed on a field.
    let not_an_object = match text.trim_start().chars().next() {
        None => Some("the file is empty".to_owned()),
        Some('{') => None,
        Some(first) => Some(format!(
            "the file must hold one JSON object, from {{ to }}, but it starts with {first:?}"
        )),
    };
    if let Some(message) = not_an_object {
        return Err(syntax(String::new(), message));
    }
    refuse_newer_major(text)?;
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let raw = serde_path_to_error::deserialize(&mut *deserializer).map_err(|e| {
        let path = json_path(e.path());
        let inner = e.into_inner();
        let message = if inner.is_eof() {
            format!(
                "the file ends too early, at line {} column {}; it may be cut short or miss a closing bracket",
                inner.line(),
                inner.column()
            )
        } else {
            inner.to_string()
        };
        syntax(path, message)
    })?;
    // Anything after the object would otherwise be ignored silently.
    deserializer
        .end()
        .map_err(|e| syntax(String::new(), e.to_string()))?;
    Ok(raw)
}

/// A file of a newer major version may have any shape; say so before complaining about fields.
fn refuse_newer_major(text: &str) -> Result<(), LoadError> {
    #[derive(Deserialize)]
    struct Probe {
        format_version: Option<String>,
    }
    let Ok(Probe {
        format_version: Some(found),
    }) = serde_json::from_str::<Probe>(text)
    else {
        return Ok(());
    };
    let major = found.split('.').next().and_then(|m| m.parse::<u32>().ok());
    match major {
        Some(major) if major > FORMAT_MAJOR => Err(LoadError::single(
            "format_version",
            Problem::FormatVersionTooNew {
                found,
                supported: FORMAT_MAJOR,
            },
        )),
        _ => Ok(()),
    }
}

/// A parse error's place as the messages write it: `networks[2].members[5].region`. The path
/// stops where the parser lost track of it (`networks[0].?` in a cut-short file).
pub(crate) fn json_path(at: &serde_path_to_error::Path) -> String {
    let mut path = String::new();
    for segment in at.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => path += &format!("[{index}]"),
            serde_path_to_error::Segment::Map { key }
            | serde_path_to_error::Segment::Enum { variant: key } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path += key;
            }
            serde_path_to_error::Segment::Unknown => break,
        }
    }
    path
}
