//! Any bytes as a story file, and as a saved draft of the story editor: the reader refuses
//! them with one-line sentences or reads them; a story that reads is checked against the
//! bundled data and, written back, reads the same; a saved draft that reads can be written,
//! checked and edited with any step indices. Nothing panics.
#![no_main]

use atlas_core::{
    parse_story, parse_story_bytes, validate_story, write_story, DraftStep, StoryDraft,
};
use atlas_fuzz::bundled_dataset;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let result = parse_story_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(parse_story(text), result, "bytes and text read alike");
    }
    match &result {
        Err(error) => {
            assert!(!error.problems.is_empty(), "a refusal says why");
            for problem in &error.problems {
                let line = problem.to_string();
                assert!(!line.is_empty() && !line.contains('\n'), "{line:?}");
            }
        }
        Ok(story) => {
            for problem in validate_story(story, bundled_dataset()) {
                assert!(!problem.to_string().contains('\n'));
            }
            let written = write_story(story);
            assert_eq!(parse_story(&written).as_ref(), Ok(story), "{written}");
            // A draft is written as the lowest format version that reads it.
            let from_draft = StoryDraft::from_story(story).check().map(|mut s| {
                s.format_version.clone_from(&story.format_version);
                s
            });
            assert_eq!(
                from_draft.as_ref(),
                Ok(story),
                "a story's draft is the story"
            );
        }
    }
    let text = String::from_utf8_lossy(data);
    let Ok(mut draft) = StoryDraft::read_saved(&text) else {
        return;
    };
    let _ = draft.check();
    let saved = draft.to_saved_text();
    assert_eq!(StoryDraft::read_saved(&saved).as_ref(), Ok(&draft));
    let index = |k: usize| usize::from(data.get(k).copied().unwrap_or(0)) % 8;
    draft.add_step(DraftStep::default());
    draft.move_step(index(0), index(1));
    draft.duplicate_step(index(2));
    draft.remove_step(index(3));
    let languages: Vec<String> = draft.languages.iter().rev().cloned().collect();
    draft.set_languages(&languages.iter().map(String::as_str).collect::<Vec<_>>());
    let _ = draft.suggested_id();
    let file = draft.to_file_text();
    assert_eq!(parse_story(&file), draft.check());
});
