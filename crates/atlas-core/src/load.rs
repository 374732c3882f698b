//! From the bytes of a data file to a checked [`Dataset`].

use crate::dataset::Dataset;
use crate::error::{LoadError, Problem};
use crate::json_object::{
    deserialize_object, newer_major_version, object_text, utf8_text, JsonSyntaxError,
};
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
    let text = utf8_text(bytes).map_err(syntax)?;
    parse_dataset(text)
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
    let text = object_text(text).map_err(syntax)?;
    if let Some(found) = newer_major_version(text, FORMAT_MAJOR) {
        return Err(LoadError::single(
            "format_version",
            Problem::FormatVersionTooNew {
                found,
                supported: FORMAT_MAJOR,
            },
        ));
    }
    deserialize_object(text).map_err(syntax)
}

/// A syntax problem as the loader reports it.
fn syntax(error: JsonSyntaxError) -> LoadError {
    LoadError::single(
        error.path,
        Problem::Syntax {
            message: error.message,
        },
    )
}
