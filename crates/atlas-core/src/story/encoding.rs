//! Story files that are not UTF-8 text, as Word, WordPad and Notepad may save them: a word
//! processor's document, said as such with how to save it as text, and text saved as ANSI
//! (Windows-1252), read all the same so that its other problems are found too.

use super::StoryProblemKind;

/// What a word processor's file starts with, and what to do instead.
pub(super) fn not_plain_text(bytes: &[u8]) -> Option<StoryProblemKind> {
    const SAVE_AS_TEXT: &str = "or copy the text into Notepad and save it as a .json file with \
                                the encoding UTF-8";
    let (kind, how) = if bytes.starts_with(b"PK\x03\x04") {
        let head = &bytes[..bytes.len().min(4096)];
        if contains(head, b"word/") || contains(head, b"[Content_Types].xml") {
            (
                "a Word document (.docx)",
                "in Word use File › Save As › Plain Text",
            )
        } else if contains(head, b"opendocument") {
            (
                "an OpenDocument text (.odt)",
                "in LibreOffice Writer use File › Save As › Text (.txt)",
            )
        } else {
            ("a zip archive", "unzip it and open the story inside")
        }
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        (
            "a Word document (.doc)",
            "in Word use File › Save As › Plain Text",
        )
    } else if bytes.starts_with(b"{\\rtf") {
        (
            "a rich text document (.rtf, as WordPad and TextEdit save)",
            "in WordPad use File › Save As › Plain text document (in TextEdit, Format › Make \
             Plain Text)",
        )
    } else {
        return None;
    };
    Some(StoryProblemKind::NotPlainText {
        kind,
        fix: format!("{how}, {SAVE_AS_TEXT}"),
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Bytes that are not UTF-8 but read as Windows-1252 (what Notepad and Word call ANSI): the
/// text they stand for and the problem to report. `None` for bytes Windows-1252 leaves
/// undefined, for zero bytes (UTF-16 has them) and for a UTF-16 byte-order mark: those stay
/// "not UTF-8".
pub(super) fn windows_1252(bytes: &[u8]) -> Option<(String, StoryProblemKind)> {
    let at = std::str::from_utf8(bytes).err()?.valid_up_to();
    if bytes.contains(&0) || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let text: Option<String> = bytes.iter().map(|&b| cp1252(b)).collect();
    let text = text?;
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    let byte = bytes[at];
    let c = cp1252(byte)?;
    let shown = match super::quotes::quote_name(c) {
        Some(name) => format!("{c} ({name})"),
        None => c.to_string(),
    };
    Some((
        text,
        StoryProblemKind::Windows1252 {
            at,
            line,
            byte,
            shown,
        },
    ))
}

/// The character a Windows-1252 byte stands for; `None` for the five it leaves undefined.
fn cp1252(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => match HIGH[usize::from(b - 0x80)] {
            0 => None,
            code => char::from_u32(u32::from(code)),
        },
        _ => Some(char::from(b)),
    }
}
