//! Going on past the mistakes of a story written by hand, to report them all at once: a
//! missing comma is said and put in, a trailing comma said and taken out, an unknown field said
//! and left out, each on a copy of the text, which is then read again (at most
//! [`MAX_REPAIRS`] times). The story is still refused, since the file as written is not valid;
//! the copy only lets the reader find the next problem.
//!
//! Repairs keep every other character on its line and column (a field left out becomes
//! spaces), so later problems name the place in the file as written; only an added comma moves
//! the rest of its line by one.

use serde::de::IgnoredAny;

use super::read::{syntax_problem, RawStory};
use super::*;
use crate::json_object::deserialize_object;

/// How many problems the reader goes past in each pass before it stops at the next.
pub const MAX_REPAIRS: usize = 20;

/// A problem about the whole file (its message names the line).
pub(super) fn whole_file(kind: StoryProblemKind) -> StoryProblem {
    StoryProblem {
        path: String::new(),
        step: None,
        kind,
    }
}

/// Reads `text` as JSON, repairing missing and trailing commas; true when it then reads. The
/// first other syntax error (or one past the repairs) is added to `problems` as the reader
/// says it, and ends the pass.
pub(super) fn syntax_pass(text: &mut String, problems: &mut Vec<StoryProblem>) -> bool {
    for _ in 0..MAX_REPAIRS {
        let Err(error) = serde_json::from_str::<IgnoredAny>(text) else {
            return true;
        };
        let message = error.to_string();
        let Some(at) = byte_offset(text, error.line(), error.column()) else {
            break;
        };
        let rest = &text[at..];
        let missing = (message.starts_with("expected `,` or `}`") && rest.starts_with('"'))
            || (message.starts_with("expected `,` or `]`") && starts_a_value(rest));
        if missing {
            problems.push(whole_file(missing_comma(text, at)));
            insert_comma(text, at);
        } else if let Some(comma) = trailing_comma(&message, text, at) {
            let (line, column) = line_and_column(text, comma);
            problems.push(whole_file(StoryProblemKind::TrailingComma {
                line,
                column,
                close: rest.chars().next().unwrap_or('}'),
            }));
            text.replace_range(comma..=comma, " ");
        } else {
            break;
        }
    }
    match deserialize_object::<IgnoredAny>(text) {
        Ok(_) => true,
        Err(error) => {
            problems.push(syntax_problem(error));
            false
        }
    }
}

/// Reads the story's shape from `text`, leaving out unknown and repeated fields after saying
/// each; `None` after the first other problem, which is added to `problems`.
pub(super) fn shape_pass(text: &mut String, problems: &mut Vec<StoryProblem>) -> Option<RawStory> {
    for _ in 0..MAX_REPAIRS {
        let error = match deserialize_object::<RawStory>(text) {
            Ok(raw) => return Some(raw),
            Err(error) => error,
        };
        let a_field = error.message.starts_with("unknown field `")
            || error.message.starts_with("duplicate field `");
        let span = byte_offset(text, error.line, error.column)
            .filter(|_| a_field)
            .and_then(|at| field_span(text, at));
        problems.push(syntax_problem(error));
        let (start, end) = span?;
        blank(text, start, end);
    }
    None
}

/// The byte at serde_json's line (from 1) and column (bytes from 1), if it starts a character.
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let at = line_start + column.checked_sub(1)?;
    (at <= text.len() && text.is_char_boundary(at)).then_some(at)
}

/// The line (from 1) and column (in characters, from 1) of a byte, as an editor shows them.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        1 + before.matches('\n').count(),
        1 + before[line_start..].chars().count(),
    )
}

fn starts_a_value(rest: &str) -> bool {
    rest.starts_with(|c: char| c == '"' || c == '{' || c == '[' || c == '-' || c.is_ascii_digit())
        || ["true", "false", "null"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// The problem for a comma missing before the value at `at`.
fn missing_comma(text: &str, at: usize) -> StoryProblemKind {
    let (line, column) = line_and_column(text, at);
    let line_text = text[at..].lines().next().unwrap_or("").trim_end();
    let mut before: String = line_text.chars().take(30).collect();
    if before.len() < line_text.len() {
        before.push('…');
    }
    let previous = text[..at].trim_end().len();
    let (previous_line, _) = line_and_column(text, previous);
    StoryProblemKind::MissingComma {
        line,
        column,
        before,
        end_of_line: (previous_line < line).then_some(previous_line),
    }
}

/// Puts a comma before the value at `at`: in place of the space before it if there is one, so
/// that the columns after it stay as written.
fn insert_comma(text: &mut String, at: usize) {
    if at > 0 && matches!(text.as_bytes()[at - 1], b' ' | b'\t') {
        text.replace_range(at - 1..at, ",");
    } else {
        text.insert(at, ',');
    }
}

/// The comma before the closing bracket at `at`, across spaces and line breaks, when the error
/// is one (serde_json says "trailing comma" when reading a story's fields, and "expected value"
/// or "key must be a string" when only reading the syntax).
fn trailing_comma(message: &str, text: &str, at: usize) -> Option<usize> {
    let said = ["trailing comma", "expected value", "key must be a string"]
        .iter()
        .any(|start| message.starts_with(start));
    if !said || !text[at..].starts_with(['}', ']']) {
        return None;
    }
    let before = text[..at].trim_end();
    before.ends_with(',').then(|| before.len() - 1)
}

/// The bytes of the field whose name ends at or just before `at` (where serde_json stops after
/// reading a key): the name, its value and one comma beside them.
fn field_span(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let close = (0..=at.min(bytes.len().checked_sub(1)?))
        .rev()
        .find(|&i| bytes[i] == b'"')?;
    let open = (0..close)
        .rev()
        .find(|&i| bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\'))?;
    let after_name = skip_space(bytes, close + 1);
    if bytes.get(after_name) != Some(&b':') {
        return None;
    }
    let end = value_end(bytes, skip_space(bytes, after_name + 1))?;
    let next = skip_space(bytes, end);
    if bytes.get(next) == Some(&b',') {
        return Some((open, next + 1));
    }
    let before = text[..open].trim_end();
    if before.ends_with(',') {
        return Some((before.len() - 1, end));
    }
    Some((open, end))
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// Where the JSON value starting at `start` ends (exclusive).
fn value_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = start;
    loop {
        match *bytes.get(i)? {
            b'"' => {
                i += 1;
                loop {
                    match *bytes.get(i)? {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth > 0 => depth -= 1,
            b',' | b'}' | b']' if depth == 0 => return Some(i),
            c if depth == 0 && c.is_ascii_whitespace() => return Some(i),
            _ => {}
        }
        i += 1;
        if depth == 0 && matches!(bytes[start], b'"' | b'{' | b'[') {
            return Some(i);
        }
    }
}

/// Replaces `start..end` with spaces, one for each character, keeping line breaks.
fn blank(text: &mut String, start: usize, end: usize) {
    let spaces: String = text[start..end]
        .chars()
        .map(|c| if c == '\n' || c == '\r' { c } else { ' ' })
        .collect();
    text.replace_range(start..end, &spaces);
}
