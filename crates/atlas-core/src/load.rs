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
        Err(e) => Err(LoadError::single(
            "",
            Problem::Syntax {
                message: format!(
                    "the file is not UTF-8 text: byte {} cannot start a character; save it as UTF-8",
                    e.valid_up_to()
                ),
            },
        )),
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
    refuse_newer_major(text)?;
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        LoadError::single(
            path,
            Problem::Syntax {
                message: e.into_inner().to_string(),
            },
        )
    })
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
