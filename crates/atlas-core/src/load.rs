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
    parse_dataset(file_text(bytes)?)
}

/// Parses a data file and validates it.
pub fn parse_dataset(text: &str) -> Result<Dataset, LoadError> {
    validate(&parse_raw(text)?)
}

/// Reads a data file from raw bytes into its raw form without validating it: what an overlay
/// is applied to ([`crate::overlay::apply_overlay_bytes`]).
pub fn parse_raw_bytes(bytes: &[u8]) -> Result<RawDataset, LoadError> {
    parse_raw(file_text(bytes)?)
}

/// Parses a data file into its raw form without validating it.
pub fn parse_raw(text: &str) -> Result<RawDataset, LoadError> {
    deserialize_object(object_text_of_this_major(text)?).map_err(syntax)
}

/// The bytes of a file as text: no larger than [`MAX_FILE_BYTES`], and UTF-8.
pub(crate) fn file_text(bytes: &[u8]) -> Result<&str, LoadError> {
    within_size_limit(bytes.len())?;
    utf8_text(bytes).map_err(syntax)
}

/// The text of a file that holds one object (without a byte-order mark), once it is known not
/// to be of a newer major format version than this atlas reads.
pub(crate) fn object_text_of_this_major(text: &str) -> Result<&str, LoadError> {
    within_size_limit(text.len())?;
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
    Ok(text)
}

fn within_size_limit(bytes: usize) -> Result<(), LoadError> {
    if bytes > MAX_FILE_BYTES {
        return Err(LoadError::single(
            "",
            Problem::TooLarge {
                bytes,
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    Ok(())
}

/// A syntax problem as the loader reports it.
pub(crate) fn syntax(error: JsonSyntaxError) -> LoadError {
    LoadError::single(
        error.path,
        Problem::Syntax {
            message: error.message,
        },
    )
}
