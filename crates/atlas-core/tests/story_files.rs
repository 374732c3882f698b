//! The story reader: what a story file may say, and every refusal with its sentence.

use atlas_core::{
    load_story, parse_dataset, parse_story, parse_story_bytes, validate_story, Dataset,
    MAX_STORY_BYTES,
};

fn small_data() -> Dataset {
    parse_dataset(include_str!("fixtures/small.json")).unwrap()
}

/// A story of one step with `view`, in English and Italian.
fn one_step(view: &str) -> String {
    format!(
        r#"{{
  "format_version": "1.0",
  "id": "test",
  "title": {{ "en": "Test", "it": "Prova" }},
  "steps": [
    {{ "title": {{ "en": "One", "it": "Uno" }}, "caption": {{ "en": "First.", "it": "Primo." }}, "view": "to=2024" }},
    {{ "title": {{ "en": "Two", "it": "Due" }}, "caption": {{ "en": "Second.", "it": "Secondo." }}, "view": {view:?} }}
  ]
}}"#
    )
}

/// The problems `text` has, as the page shows them.
fn problems(text: &str) -> Vec<String> {
    match parse_story(text) {
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
        Ok(story) => validate_story(&story, &small_data())
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}

fn view_problems(view: &str) -> Vec<String> {
    problems(&one_step(view))
}

#[test]
fn a_good_story_reads_with_its_languages_and_fallbacks() {
    let story = parse_story(&one_step("https://example.eu/atlas/?region=ITC4&with=BE2")).unwrap();
    assert!(validate_story(&story, &small_data()).is_empty());
    assert_eq!(story.title("it"), "Prova");
    assert_eq!(story.title("de"), "Test", "falls back to English");
    assert_eq!(story.description("en"), "", "no description");
    let step = story.step(2).unwrap();
    assert_eq!((step.title("it"), step.caption("fr")), ("Due", "Second."));
    assert_eq!(step.view_query, "region=ITC4&with=BE2");
    assert_eq!(step.view.with.as_deref(), Some("BE2"));
    assert!(story.step(0).is_none() && story.step(3).is_none());
    assert_eq!(
        (
            story.clamp_step(0),
            story.clamp_step(2),
            story.clamp_step(9)
        ),
        (1, 2, 2)
    );
    let empty_view = parse_story(&one_step("")).unwrap();
    assert_eq!(empty_view.steps[1].view, Default::default());
}

#[test]
fn a_story_needs_a_step() {
    let text = r#"{ "format_version": "1.0", "id": "x", "title": { "en": "X" }, "steps": [] }"#;
    assert_eq!(
        problems(text),
        ["steps: the story has no steps; it needs at least one"]
    );
}

#[test]
fn every_title_and_caption_needs_english() {
    let text = one_step("").replace(r#""en": "Second.", "#, "");
    assert_eq!(
        problems(&text),
        ["steps[1].caption (step 2): the caption has no English text; every title and caption needs one, as the fallback for other languages"]
    );
    let text = one_step("").replace(r#""en": "Test", "#, "");
    assert!(problems(&text)[0].starts_with("title: the story's title has no English text;"));
}

#[test]
fn every_step_has_the_languages_of_the_story_title() {
    let text = one_step("").replace(r#", "it": "Secondo.""#, "");
    assert_eq!(
        problems(&text),
        ["steps[1].caption (step 2): the caption has no text in \"it\", but the story's title has; every title and caption needs each language of the story's title"]
    );
    let text = one_step("").replace(r#""it": "Due""#, r#""it": "Due", "de": "Zwei""#);
    assert_eq!(
        problems(&text),
        ["steps[1].title.de (step 2): the title has text in \"de\", but the story's title has none; add \"de\" to the story's title and every step, or remove it here"]
    );
    let text = one_step("").replace(r#""it": "Uno""#, r#""it": " ""#);
    assert_eq!(
        problems(&text),
        ["steps[0].title.it (step 1): the title in \"it\" is empty"]
    );
    let text = one_step("").replace(r#""it": "Prova""#, r#""IT": "Prova""#);
    assert!(problems(&text)[0].starts_with(
        "title.IT: the story's title has language code \"IT\"; use a lower-case ISO 639-1 code"
    ));
}

#[test]
fn a_view_parameter_the_atlas_does_not_know_is_refused() {
    assert_eq!(
        view_problems("region=ITC4&colour=red"),
        ["steps[1].view (step 2): \"colour=red\" is not a view parameter; a view takes those of an atlas link: sectors, from, to, region, with, network, only, layout, draw, zoom, center, names"]
    );
}

#[test]
fn link_parameters_that_are_not_view_state_are_refused_in_a_step() {
    for (param, reason_start) in [
        ("embed=1", "embedding belongs to the page"),
        ("data=other.json", "a story is shown over the data"),
        ("lang=it", "the language is chosen by the link"),
        ("lang=xx", "the language is chosen by the link"),
        ("story=lombardy", "a step cannot open a story"),
        ("step=3", "a step cannot open a story"),
        ("autoplay=8", "a step cannot open a story"),
    ] {
        let found = view_problems(&format!("region=ITC4&{param}"));
        let expected =
            format!("steps[1].view (step 2): \"{param}\" is not part of a view: {reason_start}");
        assert_eq!(found.len(), 1, "{param}: {found:?}");
        assert!(found[0].starts_with(&expected), "{param}: {found:?}");
    }
}

#[test]
fn a_parameter_given_twice_is_refused() {
    assert_eq!(
        view_problems("to=2023&to=2024&to=2025"),
        ["steps[1].view (step 2): the view gives \"to\" twice; give it once"]
    );
}

#[test]
fn values_the_atlas_would_drop_are_refused() {
    let cases = [
        ("to=last", "\"to=last\" is not a year, such as 1988"),
        ("layout=globe", "\"layout=globe\" is not one of map or network"),
        ("draw=bundles", "\"draw=bundles\" is not one of hubs or pairs"),
        ("zoom=90&center=45,9", "\"zoom=90\" is not a zoom from 0.5 to 24 (1 shows all regions)"),
        ("zoom=2&center=north", "\"center=north\" is not a centre written as latitude,longitude in degrees, such as center=45.62,9.77"),
        ("zoom=2", "\"zoom=2\" needs a centre too, such as center=45.62,9.77"),
        ("center=45,9", "\"center=45,9\" needs a zoom too, such as zoom=2.5 (1 shows all regions)"),
        ("with=BE2", "\"with=BE2\" names a partner but no region; write the pair as region=ITC4&with=BE2"),
        ("region=ITC4&with=ITC4", "\"region=ITC4\" and \"with=ITC4\" name the same region; a pair needs two"),
    ];
    for (view, sentence) in cases {
        assert_eq!(
            view_problems(view),
            [format!("steps[1].view (step 2): {sentence}")],
            "{view}"
        );
    }
}

#[test]
fn ids_and_years_the_data_lacks_are_refused() {
    let cases = [
        ("region=ITC9", "\"region=ITC9\" names region \"ITC9\", but no region has that id"),
        ("region=ITC4&with=FRK", "\"with=FRK\" names region \"FRK\", but no region has that id"),
        ("network=esra", "\"network=esra\" names network \"esra\", but no network has that id"),
        ("sectors=automotive,chips", "\"sectors=automotive,chips\" names sector \"chips\", but no sector has that id; the sectors are automotive, semiconductors, chemicals"),
        ("to=1950", "\"to=1950\" is outside the years of the data (2022 to 2026)"),
        ("from=2025&to=2023", "\"from=2025\" comes after \"to=2023\"; swap them"),
    ];
    for (view, sentence) in cases {
        let story = parse_story(&one_step(view)).unwrap();
        let found: Vec<String> = validate_story(&story, &small_data())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [format!("steps[1].view (step 2): {sentence}")],
            "{view}"
        );
    }
}

#[test]
fn load_story_reports_the_data_problems_as_an_error() {
    let err = load_story(one_step("region=ITC9").as_bytes(), &small_data()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 problem in the story:\nsteps[1].view (step 2): \"region=ITC9\" names region \"ITC9\", but no region has that id\n"
    );
}

#[test]
fn unknown_fields_are_refused_with_their_path() {
    let text = one_step("").replace(r#""view": """#, r#""view": "", "notes": "x""#);
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("steps[1].notes: the file is not valid JSON of the story format: unknown field `notes`, expected one of `title`, `caption`, `view`"),
        "{found:?}"
    );
    let text = one_step("").replace(r#""id": "test","#, r#""id": "test", "author": "me","#);
    assert!(problems(&text)[0].starts_with(
        "author: the file is not valid JSON of the story format: unknown field `author`"
    ));
}

#[test]
fn a_newer_major_format_is_refused_before_anything_else() {
    let text = r#"{ "format_version": "2.0", "chapters": [] }"#;
    assert_eq!(
        problems(text),
        ["format_version: this story is format version 2.0, newer than this atlas reads (version 1.x); update the atlas or write the story as version 1.0"]
    );
    let text = one_step("").replace("\"1.0\"", "\"one\"");
    assert_eq!(
        problems(&text),
        ["format_version: format version \"one\" is not of the form MAJOR.MINOR, such as \"1.0\""]
    );
    // A newer minor version of the same major reads.
    assert!(parse_story(&one_step("").replace("\"1.0\"", "\"1.4\"")).is_ok());
}

#[test]
fn a_bad_id_is_refused() {
    let text = one_step("").replace(r#""id": "test""#, r#""id": "My Story""#);
    assert_eq!(
        problems(&text),
        ["id: story id \"My Story\" is not valid: use 1 to 64 lower-case letters, digits, '-', '_' or '.', starting with a letter or digit"]
    );
}

#[test]
fn a_file_too_large_or_not_json_is_refused_with_a_sentence() {
    let big = format!("{}{}", one_step(""), " ".repeat(MAX_STORY_BYTES));
    assert_eq!(
        problems(&big),
        [format!(
            "the story file is {} bytes; the atlas reads stories up to {MAX_STORY_BYTES} bytes (1 MiB)",
            big.len()
        )]
    );
    assert_eq!(
        parse_story_bytes(big.as_bytes())
            .unwrap_err()
            .problems
            .len(),
        1
    );
    assert_eq!(
        problems(""),
        ["the file is not valid JSON of the story format: the file is empty"]
    );
    assert!(problems("[1]")[0].contains("but it starts with '['"));
    let cut = &one_step("")[..120];
    assert!(
        problems(cut)[0].contains("the file ends too early"),
        "{:?}",
        problems(cut)
    );
    let err = parse_story_bytes(b"{ \"id\": \"\xff\" }").unwrap_err();
    assert!(err
        .to_string()
        .contains("not UTF-8 text: byte 9 (on line 1)"));
    // A byte-order mark, as Windows editors write, is fine.
    assert!(parse_story(&format!("\u{feff}{}", one_step(""))).is_ok());
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = one_step("region=ITC4&embed=1&zoom=2").replace(r#""en": "One", "#, "");
    assert_eq!(problems(&text).len(), 3, "{:?}", problems(&text));
}

#[test]
fn every_region_and_hub_of_a_frame_must_exist_in_the_data() {
    let text = one_step("").replace("\"1.0\"", "\"1.1\"").replace(
        r#""view": "to=2024" }"#,
        r#""view": "to=2024", "frame": { "regions": ["ITC4", "ITC9"], "hubs": ["chips", "esra"] } }"#,
    );
    assert_eq!(
        problems(&text),
        [
            "steps[0].frame.regions[1] (step 1): the frame names region \"ITC9\", but no region has that id",
            "steps[0].frame.hubs[1] (step 1): the frame names hub \"esra\", but no network has that id; a hub is named by its network's id, as in network= links",
        ]
    );
}
