//! What can be wrong with a story, each problem with where it is.

use std::fmt;

/// One problem with a story, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryProblem {
    /// JSON path of the value concerned, e.g. `steps[3].view`; empty for the whole file.
    pub path: String,
    /// The step concerned, counted from 1 as in `&step=4` (the path counts from 0).
    pub step: Option<usize>,
    pub kind: StoryProblemKind,
}

impl fmt::Display for StoryProblem {
    /// `steps[3].view (step 4): "region=ITC9" names region "ITC9", but no region has that id`
    ///
    /// Always one line: control characters the file put in a field's name or a value (a
    /// newline inside a key) are shown escaped, as `\n`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = match (self.path.is_empty(), self.step) {
            (true, _) => self.kind.to_string(),
            (false, None) => format!("{}: {}", self.path, self.kind),
            (false, Some(step)) => format!("{} (step {step}): {}", self.path, self.kind),
        };
        for c in line.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for StoryProblem {}

/// The kinds of problem a story can have. `what` fields hold `"the story's title"`,
/// `"the caption"`, ...; `written` fields hold a parameter as written, e.g. `"to=2031"`.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StoryProblemKind {
    #[error("the file is not valid JSON of the story format: {message}")]
    Syntax { message: String },
    #[error(
        "the story file is {bytes} bytes; the atlas reads stories up to {limit} bytes (1 MiB)"
    )]
    TooLarge { bytes: usize, limit: usize },
    #[error("this is {kind}, not a text file: {fix}")]
    NotPlainText { kind: &'static str, fix: String },
    #[error(
        "the file is not UTF-8 text: byte {at} (on line {line}) cannot start a character; it \
         looks saved as ANSI (Windows-1252), where byte 0x{byte:02X} is {shown}: save it as \
         UTF-8 (in Notepad, File › Save As › Encoding: UTF-8; in Word, Plain Text › Unicode \
         (UTF-8))"
    )]
    Windows1252 {
        at: usize,
        line: usize,
        byte: u8,
        shown: String,
    },
    #[error("{}", super::quotes::message(.first_line, .found, .lines))]
    CurlyQuotes {
        first_line: usize,
        found: Vec<char>,
        lines: usize,
    },
    #[error(
        "line {line}, column {column}: a comma is missing before {before}; put , between the \
         two values{}",
        end_of_line.map(|l| format!(", at the end of line {l}")).unwrap_or_default()
    )]
    MissingComma {
        line: usize,
        column: usize,
        before: String,
        end_of_line: Option<usize>,
    },
    #[error(
        "line {line}, column {column}: a comma comes after the last value, before {close}; \
         remove it (JSON has no comma there)"
    )]
    TrailingComma {
        line: usize,
        column: usize,
        close: char,
    },
    #[error("format version \"{found}\" is not of the form MAJOR.MINOR, such as \"1.0\"")]
    FormatVersionMalformed { found: String },
    #[error(
        "this story is format version {found}, newer than this atlas reads (version {supported}.x); \
         update the atlas or write the story as version {supported}.0"
    )]
    FormatVersionTooNew { found: String, supported: u32 },
    #[error("story id \"{id}\" is not valid: {rule}")]
    InvalidId { id: String, rule: &'static str },
    #[error("the story has no steps; it needs at least one")]
    NoSteps,
    #[error(
        "{what} has no English text; every title and caption needs one, as the fallback for \
         other languages"
    )]
    MissingEnglish { what: &'static str },
    #[error("{what} has language code \"{lang}\"; use a lower-case ISO 639-1 code such as \"it\"")]
    InvalidLanguage { what: &'static str, lang: String },
    #[error("{what} in \"{lang}\" is empty")]
    EmptyText { what: &'static str, lang: String },
    #[error(
        "{what} has no text in \"{lang}\", but the story's title has; every title and caption \
         needs each language of the story's title"
    )]
    MissingLanguage { what: &'static str, lang: String },
    #[error(
        "{what} has text in \"{lang}\", but the story's title has none; add \"{lang}\" to the \
         story's title and every step, or remove it here"
    )]
    ExtraLanguage { what: &'static str, lang: String },
    #[error("the view gives \"{param}\" twice; give it once")]
    DuplicateParameter { param: String },
    #[error(
        "\"{written}\" is not a view parameter; a view takes those of an atlas link: sectors, \
         from, to, region, with, network, only, layout, draw, zoom, center, names"
    )]
    UnknownParameter { written: String },
    #[error("\"{written}\" is not part of a view: {reason}")]
    NotAView {
        written: String,
        reason: &'static str,
    },
    #[error("\"{written}\" is not a year, such as 1988")]
    NotAYear { written: String },
    #[error("\"{written}\" is not one of {choices}")]
    UnknownChoice {
        written: String,
        choices: &'static str,
    },
    #[error("\"{written}\" is not a zoom from 0.5 to 24 (1 shows all regions)")]
    BadZoom { written: String },
    #[error(
        "\"{written}\" is not a centre written as latitude,longitude in degrees, such as \
         center=45.62,9.77"
    )]
    BadCenter { written: String },
    #[error("\"{written}\" needs a centre too, such as center=45.62,9.77")]
    ZoomWithoutCenter { written: String },
    #[error("\"{written}\" needs a zoom too, such as zoom=2.5 (1 shows all regions)")]
    CenterWithoutZoom { written: String },
    #[error("\"{written}\" names a partner but no region; write the pair as region=ITC4&with=BE2")]
    WithoutRegion { written: String },
    #[error("\"region={id}\" and \"with={id}\" name the same region; a pair needs two")]
    WithItself { id: String },
    #[error(
        "\"{written}\" names sector \"{id}\", but no sector has that id; the sectors are {known}"
    )]
    UnknownSector {
        written: String,
        id: String,
        known: String,
    },
    #[error("\"{written}\" names region \"{id}\", but no region has that id")]
    UnknownRegion { written: String, id: String },
    #[error("\"{written}\" names network \"{id}\", but no network has that id")]
    UnknownNetwork { written: String, id: String },
    #[error("\"{written}\" is outside the years of the data ({first} to {last})")]
    YearOutOfData {
        written: String,
        first: i32,
        last: i32,
    },
    #[error("\"from={from}\" comes after \"to={to}\"; swap them")]
    InvertedYears { from: i32, to: i32 },
    #[error(
        "a frame is part of story format 1.1, but the file says format_version \"{found}\"; \
         write \"format_version\": \"1.1\""
    )]
    FrameNeedsVersion { found: String },
    #[error(
        "the frame names no region and no hub; list what must be in view, such as \
         \"regions\": [\"ITC4\"], or remove the frame"
    )]
    EmptyFrame,
    #[error("the frame names {what} \"{id}\" twice; name it once")]
    DuplicateInFrame { what: &'static str, id: String },
    #[error(
        "the step has a frame and \"{written}\" in its view; the frame replaces zoom and \
         center, so remove them from the view (or remove the frame to keep a hand-made one)"
    )]
    FrameWithCamera { written: String },
    #[error("the frame names region \"{id}\", but no region has that id")]
    UnknownFrameRegion { id: String },
    #[error(
        "the frame names hub \"{id}\", but no network has that id; a hub is named by its \
         network's id, as in network= links"
    )]
    UnknownFrameHub { id: String },
}

/// Why a story could not be used: one or more problems, all reported at once.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryError {
    pub problems: Vec<StoryProblem>,
}

impl StoryError {
    pub(super) fn single(path: impl Into<String>, kind: StoryProblemKind) -> Self {
        Self {
            problems: vec![StoryProblem {
                path: path.into(),
                step: None,
                kind,
            }],
        }
    }
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        writeln!(
            f,
            "{count} problem{} in the story:",
            if count == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for StoryError {}
