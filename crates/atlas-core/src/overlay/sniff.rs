//! Telling an overlay file from a full data file without reading it: an overlay is a JSON
//! object with an `"overlay"` key at its top level.
//!
//! The sniff scans the bytes once, without parsing values or allocating, and decides as soon as
//! it meets the key, so a file broken further down is still recognised as an overlay and gets
//! the overlay's messages about what is broken.

/// True when `bytes` hold a JSON object (after an optional UTF-8 byte-order mark and
/// whitespace) with the key `"overlay"` at its top level, before anything breaks the scan.
/// Anything else (a data file, text that is not an object, an empty file) is not an overlay,
/// and is read as a data file.
pub fn is_overlay_bytes(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut at = skip_whitespace(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return false;
    }
    at += 1;
    // Depth of `{` and `[`: the top-level object's keys are at depth 1.
    let mut depth = 1usize;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'"' => {
                let start = at + 1;
                let Some(end) = string_end(bytes, start) else {
                    return false;
                };
                at = end + 1;
                if depth == 1 && &bytes[start..end] == b"overlay" {
                    let next = skip_whitespace(bytes, at);
                    if bytes.get(next) == Some(&b':') {
                        return true;
                    }
                }
            }
            b'{' | b'[' => {
                depth += 1;
                at += 1;
            }
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return false;
                }
                at += 1;
            }
            _ => at += 1,
        }
    }
    false
}

/// [`is_overlay_bytes`] of a text.
pub fn is_overlay(text: &str) -> bool {
    is_overlay_bytes(text.as_bytes())
}

fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| b" \t\r\n".contains(b)) {
        at += 1;
    }
    at
}

/// The index of the quote that closes the string starting at `start` (just after its opening
/// quote), skipping escaped characters; `None` when the text ends first.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start;
    loop {
        match *bytes.get(at)? {
            b'"' => return Some(at),
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_with_an_overlay_key_at_the_top_is_an_overlay() {
        assert!(is_overlay(
            r#"{"format_version": "1.2", "overlay": {"adds_to": "alliance-atlas"}}"#
        ));
        assert!(is_overlay("\u{feff}\n  { \"overlay\" : {} }"));
        // Broken after the key: still an overlay, so its problems are told as an overlay's.
        assert!(is_overlay(
            r#"{"overlay": {"adds_to": "alliance-atlas"}, "regions": [{"#
        ));
    }

    #[test]
    fn a_data_file_or_an_overlay_key_further_down_is_not_an_overlay() {
        let bundled = include_str!("../../../../public/data/atlas.json");
        assert!(!is_overlay(bundled));
        assert!(!is_overlay(
            r#"{"notes": {"overlay": 1}, "title": "overlay"}"#
        ));
        assert!(!is_overlay(
            r#"{"title": "a \"overlay\": here", "x": ["overlay"]}"#
        ));
        assert!(!is_overlay(r#"[{"overlay": {}}]"#));
        assert!(!is_overlay(""));
        assert!(!is_overlay("{\"overl"));
        assert!(!is_overlay("{}} {\"overlay\": {}}"));
    }
}
