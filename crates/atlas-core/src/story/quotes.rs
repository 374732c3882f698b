//! Curly quotes standing where JSON needs a straight one, as Word's AutoFormat types them
//! (`“title”: { “en”: “…” }`): found by a small scanner that knows where straight-quoted
//! strings begin and end, so that curly quotes and apostrophes inside text (`"l’Europa"`,
//! `"the “Four Motors”"`) are left alone as the text they are.

/// The quotes that word processors type for `"` and `'`, with their Unicode names.
const QUOTES: [(char, &str); 8] = [
    ('“', "left double quotation mark"),
    ('”', "right double quotation mark"),
    ('„', "double low-9 quotation mark"),
    ('‟', "double high-reversed-9 quotation mark"),
    ('‘', "left single quotation mark"),
    ('’', "right single quotation mark"),
    ('‚', "single low-9 quotation mark"),
    ('‛', "single high-reversed-9 quotation mark"),
];

/// The Unicode name of a curly quote, in lower case.
pub(super) fn quote_name(c: char) -> Option<&'static str> {
    QUOTES.iter().find(|(q, _)| *q == c).map(|(_, name)| *name)
}

/// Curly quotes found standing as string delimiters, and the text with them straightened.
pub(super) struct Straightened {
    pub text: String,
    /// The line of the first, counted from 1.
    pub first_line: usize,
    /// Each quote character found, in the order first seen.
    pub found: Vec<char>,
    /// How many lines have one.
    pub lines: usize,
}

enum State {
    Outside,
    Straight,
    /// A string opened by a curly double quote: closed by any double quote.
    CurlyDouble,
    /// A string opened by a curly single quote: closed by `’` or `‘` before `:`, `,`, `}`, `]`
    /// or the end of the line (elsewhere it is an apostrophe, as in `‘Lombardy’s’`).
    CurlySingle,
}

/// Finds curly quotes that open or close strings (outside straight-quoted strings) and
/// straightens them; `None` when there are none, as in every valid JSON file.
pub(super) fn straighten(text: &str) -> Option<Straightened> {
    let mut state = State::Outside;
    let mut line = 1;
    let mut delimiters: Vec<(usize, usize, char)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        state = match (state, c) {
            (State::Outside, '"') => State::Straight,
            (State::Outside, '“' | '”' | '„' | '‟') => {
                delimiters.push((i, line, c));
                State::CurlyDouble
            }
            (State::Outside, '‘' | '’' | '‚' | '‛') => {
                delimiters.push((i, line, c));
                State::CurlySingle
            }
            (State::Outside, _) => State::Outside,
            (state @ (State::Straight | State::CurlyDouble | State::CurlySingle), '\\') => {
                if let Some((_, '\n')) = chars.next() {
                    line += 1;
                }
                state
            }
            (State::Straight, '"') => State::Outside,
            (State::CurlyDouble | State::CurlySingle, '"' | '\n') => State::Outside,
            (State::CurlyDouble, '“' | '”' | '‟') => {
                delimiters.push((i, line, c));
                State::Outside
            }
            (State::CurlySingle, '’' | '‘') if ends_a_string(&text[i + c.len_utf8()..]) => {
                delimiters.push((i, line, c));
                State::Outside
            }
            (state, _) => state,
        };
    }
    let &(_, first_line, _) = delimiters.first()?;
    let mut found: Vec<char> = Vec::new();
    let mut lines: Vec<usize> = Vec::new();
    let mut straight = String::with_capacity(text.len());
    let mut copied = 0;
    for &(i, line, c) in &delimiters {
        if !found.contains(&c) {
            found.push(c);
        }
        if lines.last() != Some(&line) {
            lines.push(line);
        }
        straight.push_str(&text[copied..i]);
        straight.push('"');
        copied = i + c.len_utf8();
    }
    straight.push_str(&text[copied..]);
    Some(Straightened {
        text: straight,
        first_line,
        found,
        lines: lines.len(),
    })
}

/// Whether what follows a quote shows it closes a string: `:`, `,`, `}`, `]`, or the end of
/// the line, after spaces.
fn ends_a_string(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with([':', ',', '}', ']', '\n', '\r'])
}

/// The sentence for curly quotes found: where, which, and how to fix the file and Word.
pub(super) fn message(first_line: &usize, found: &[char], lines: &usize) -> String {
    let named: Vec<String> = found
        .iter()
        .map(|&c| format!("{c} ({})", quote_name(c).unwrap_or("a curly quote")))
        .collect();
    let plain: Vec<String> = found.iter().map(char::to_string).collect();
    let (verb, pronoun) = if found.len() == 1 {
        ("stands", "it")
    } else {
        ("stand", "them")
    };
    let on_lines = match lines {
        1 => String::new(),
        n => format!(" (on {n} lines in all)"),
    };
    format!(
        "line {first_line}: {} {verb} where JSON needs a straight quote \"{on_lines}. Word's \
         AutoFormat typed {pronoun}: replace every {} with \", or save the story from Notepad or \
         a code editor; in Word, untick File › Options › Proofing › AutoCorrect Options › \
         AutoFormat As You Type › \"Straight quotes\" with “smart quotes”",
        and_list(&named),
        and_list(&plain),
    )
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_inside_straight_strings_are_text() {
        let text = r#"{ "en": "l’Europa, the “Four Motors”, ‘x’", "it": "\"„a“\"" }"#;
        assert!(straighten(text).is_none());
    }

    #[test]
    fn curly_delimiters_are_straightened_and_apostrophes_kept() {
        let text = "{\n  “en”: “Lombardy’s”,\n  ‘it’: ‘l’Italia’ }";
        let s = straighten(text).unwrap();
        assert_eq!(
            s.text,
            "{\n  \"en\": \"Lombardy’s\",\n  \"it\": \"l’Italia\" }"
        );
        assert_eq!((s.first_line, s.lines), (2, 2));
        assert_eq!(s.found, ['“', '”', '‘', '’']);
        assert_eq!(
            message(&2, &['“'], &1),
            "line 2: “ (left double quotation mark) stands where JSON needs a straight quote \". Word's AutoFormat typed it: replace every “ with \", or save the story from Notepad or a code editor; in Word, untick File › Options › Proofing › AutoCorrect Options › AutoFormat As You Type › \"Straight quotes\" with “smart quotes”"
        );
    }
}
