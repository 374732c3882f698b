//! The first steps of reading a hand-edited JSON file that must hold one object, shared by the
//! data loader ([`crate::load`]) and the story reader ([`crate::story`]): UTF-8, a byte-order
//! mark, what the file starts with, the declared format version, and serde errors with their
//! JSON path. Each returns a [`JsonSyntaxError`] that the caller turns into its own problem.

use serde::de::DeserializeOwned;
use serde::Deserialize;

/// A problem with a file's syntax: where (a JSON path, empty for the whole file) and what.
#[derive(Debug)]
pub(crate) struct JsonSyntaxError {
    pub path: String,
    pub message: String,
    /// Where the parser stopped, as serde_json counts: line from 1 and column in bytes from 1;
    /// 0 and 0 when the problem is not at a place (an empty file). The story reader uses it
    /// to go on past an unknown field.
    pub line: usize,
    pub column: usize,
}

impl JsonSyntaxError {
    fn whole_file(message: String) -> Self {
        Self {
            path: String::new(),
            message,
            line: 0,
            column: 0,
        }
    }
}

/// The bytes as text, or where they stop being UTF-8.
pub(crate) fn utf8_text(bytes: &[u8]) -> Result<&str, JsonSyntaxError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        // Editors show lines, not byte offsets: say both.
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        JsonSyntaxError::whole_file(format!(
            "the file is not UTF-8 text: byte {at} (on line {line}) cannot start a character; save it as UTF-8"
        ))
    })
}

/// The text without a byte-order mark (editors on Windows often save one; it carries no
/// meaning in UTF-8), once it is known to start with `{`. Without this check, `[]` or `null`
/// would be read by position and blamed on a field.
pub(crate) fn object_text(text: &str) -> Result<&str, JsonSyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match text.trim_start().chars().next() {
        None => Err(JsonSyntaxError::whole_file("the file is empty".to_owned())),
        Some('{') => Ok(text),
        Some(first) => Err(JsonSyntaxError::whole_file(format!(
            "the file must hold one JSON object, from {{ to }}, but it starts with {first:?}"
        ))),
    }
}

/// The file's `format_version` when its major number is above `supported`. A file of a newer
/// major version may have any shape, so this is asked before complaining about fields.
pub(crate) fn newer_major_version(text: &str, supported: u32) -> Option<String> {
    #[derive(Deserialize)]
    struct Probe {
        format_version: Option<String>,
    }
    let Probe {
        format_version: Some(found),
    } = serde_json::from_str::<Probe>(text).ok()?
    else {
        return None;
    };
    let major = found.split('.').next()?.parse::<u32>().ok()?;
    (major > supported).then_some(found)
}

/// Reads the object, with the JSON path of the first problem; anything after the object would
/// otherwise be ignored silently, so it is refused.
pub(crate) fn deserialize_object<T: DeserializeOwned>(text: &str) -> Result<T, JsonSyntaxError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut *deserializer).map_err(|e| {
        let path = json_path(e.path());
        let inner = e.into_inner();
        let (line, column) = (inner.line(), inner.column());
        let message = if inner.is_eof() {
            format!(
                "the file ends too early, at line {} column {}; it may be cut short or miss a closing bracket",
                inner.line(),
                inner.column()
            )
        } else {
            inner.to_string()
        };
        JsonSyntaxError {
            path,
            message,
            line,
            column,
        }
    })?;
    deserializer
        .end()
        .map_err(|e| JsonSyntaxError::whole_file(e.to_string()))?;
    Ok(value)
}

/// A parse error's place as the messages write it: `networks[2].members[5].region`. The path
/// stops where the parser lost track of it (`networks[0].?` in a cut-short file).
fn json_path(at: &serde_path_to_error::Path) -> String {
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
