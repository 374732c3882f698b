use super::read::query_part;
use super::*;

#[test]
fn a_whole_link_counts_by_its_query() {
    assert_eq!(
        query_part("https://example.eu/atlas/?to=1988&region=ITC4#x"),
        "to=1988&region=ITC4"
    );
    assert_eq!(query_part("?to=1988"), "to=1988");
    assert_eq!(query_part(" to=1988 "), "to=1988");
    assert_eq!(query_part(""), "");
}

#[test]
fn a_problem_names_its_step_counted_from_one() {
    let problem = StoryProblem {
        path: "steps[3].view".into(),
        step: Some(4),
        kind: StoryProblemKind::UnknownRegion {
            written: "region=ITC9".into(),
            id: "ITC9".into(),
        },
    };
    assert_eq!(
        problem.to_string(),
        "steps[3].view (step 4): \"region=ITC9\" names region \"ITC9\", but no region has that id"
    );
}

const LOMBARDY: &str = include_str!("../../../../public/stories/lombardy.json");
const SEMICONDUCTORS: &str = include_str!("../../../../public/stories/semiconductors.json");

/// A story of one step in English and Italian, with `step_extra` added to the step (such as
/// `, "frame": {...}`) and the view `view`.
fn story_with(version: &str, view: &str, step_extra: &str) -> String {
    format!(
        r#"{{ "format_version": "{version}", "id": "t", "title": {{ "en": "T", "it": "T" }},
  "steps": [ {{ "title": {{ "en": "A", "it": "A" }}, "caption": {{ "en": "B", "it": "B" }}, "view": "{view}"{step_extra} }} ] }}"#
    )
}

fn problem_lines(text: &str) -> Vec<String> {
    match parse_story(text) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn both_bundled_stories_write_back_as_they_read() {
    for text in [LOMBARDY, SEMICONDUCTORS] {
        let story = parse_story(text).unwrap();
        let written = write_story(&story);
        assert_eq!(parse_story(&written), Ok(story));
        // The bundled files are kept in the writer's layout.
        assert_eq!(written, text);
    }
}

#[test]
fn the_writer_puts_english_first_and_keeps_awkward_views() {
    let text = r#"{ "format_version": "1.1", "id": "t", "title": { "de": "D", "it": "I", "en": "E" },
      "steps": [ { "title": { "de": "D", "it": "I", "en": "E" }, "caption": { "de": "D", "it": "I", "en": "E" },
      "view": "https://example.eu/?region=A?B", "frame": { "hubs": ["esra"] } } ] }"#;
    let story = parse_story(text).unwrap();
    let written = write_story(&story);
    let en = written.find("\"en\"").unwrap();
    assert!(en < written.find("\"de\"").unwrap(), "{written}");
    assert!(written.contains("\"view\": \"?region=A?B\""), "{written}");
    assert!(
        written
            .contains("\"frame\": {\n        \"hubs\": [\n          \"esra\"\n        ]\n      }"),
        "{written}"
    );
    assert!(!written.contains("description"));
    assert_eq!(parse_story(&written), Ok(story));
}

#[test]
fn a_frame_reads_in_format_1_1() {
    let text = story_with(
        "1.1",
        "to=2024",
        r#", "frame": { "regions": ["ITC4", "BE2"], "hubs": ["esra"] }"#,
    );
    let story = parse_story(&text).unwrap();
    assert_eq!(
        story.steps[0].frame,
        Some(StepFrame {
            regions: vec!["ITC4".into(), "BE2".into()],
            hubs: vec!["esra".into()]
        })
    );
    assert_eq!(story.languages_not_offered(&["en", "de"]), ["it"]);
    assert!(story
        .languages_not_offered(&crate::INTERFACE_LANGUAGES)
        .is_empty());
}

#[test]
fn a_frame_is_refused_when_empty_repeated_old_or_beside_a_camera() {
    assert_eq!(
        problem_lines(&story_with("1.1", "to=2024", r#", "frame": {}"#)),
        ["steps[0].frame (step 1): the frame names no region and no hub; list what must be in view, such as \"regions\": [\"ITC4\"], or remove the frame"]
    );
    assert_eq!(
        problem_lines(&story_with("1.1", "to=2024", r#", "frame": { "regions": ["BE2", "BE2"] }"#)),
        ["steps[0].frame.regions[1] (step 1): the frame names region \"BE2\" twice; name it once"]
    );
    assert_eq!(
        problem_lines(&story_with("1.0", "to=2024", r#", "frame": { "hubs": ["esra"] }"#)),
        ["steps[0].frame (step 1): a frame is part of story format 1.1, but the file says format_version \"1.0\"; write \"format_version\": \"1.1\""]
    );
    assert_eq!(
        problem_lines(&story_with("1.1", "zoom=3&center=47.5,7.2", r#", "frame": { "hubs": ["esra"] }"#)),
        ["steps[0].frame (step 1): the step has a frame and \"zoom=3&center=47.5,7.2\" in its view; the frame replaces zoom and center, so remove them from the view (or remove the frame to keep a hand-made one)"]
    );
    assert!(problem_lines(&story_with("1.1", "", r#", "frame": { "hubs": ["esra"], "zoom": 2 }"#))[0]
        .starts_with("steps[0].frame.zoom: the file is not valid JSON of the story format: unknown field `zoom`"));
}

#[test]
fn a_step_may_show_one_agreement_on_its_own_and_an_unknown_one_is_refused() {
    let dataset = crate::parse_dataset_bytes(include_bytes!("../../../../public/data/atlas.json"))
        .expect("bundled data");
    let story = |view: &str| {
        format!(
            r#"{{"format_version": "1.0", "id": "one", "title": {{"en": "One"}},
               "steps": [{{"title": {{"en": "A"}}, "caption": {{"en": "B"}}, "view": "{view}"}}]}}"#
        )
    };
    let good = parse_story(&story("only=agreement:lombardy-flanders-mou-2026")).unwrap();
    assert!(validate_story(&good, &dataset).is_empty());
    let bad = parse_story(&story("only=agreement:no-such-mou")).unwrap();
    let problems = validate_story(&bad, &dataset);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0]
        .to_string()
        .contains("only=agreement:no-such-mou"));
}
