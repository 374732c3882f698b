//! Stories for presentation mode: the bundled stories check against the bundled data, say what
//! the data says, and frame what they name; every refusal of the story reader has its sentence.

use atlas_core::layout::geographic_layout;
use atlas_core::projection::map_from_geo;
use atlas_core::viewport::Viewport;
use atlas_core::{
    load_story, parse_dataset, parse_dataset_bytes, parse_story, parse_story_bytes, validate_story,
    Dataset, Story, MAX_STORY_BYTES,
};

/// Every bundled story, by the name that `?story=` gives it.
const BUNDLED: [(&str, &str); 2] = [
    (
        "lombardy",
        include_str!("../../../public/stories/lombardy.json"),
    ),
    (
        "semiconductors",
        include_str!("../../../public/stories/semiconductors.json"),
    ),
];

/// Longest title and caption, in characters: read from the back of a room on a projector.
const MAX_TITLE_CHARS: usize = 60;
const MAX_CAPTION_CHARS: usize = 220;

fn bundled_data() -> Dataset {
    parse_dataset_bytes(include_bytes!("../../../public/data/atlas.json"))
        .unwrap_or_else(|e| panic!("the bundled data file must validate:\n{e}"))
}

fn small_data() -> Dataset {
    parse_dataset(include_str!("fixtures/small.json")).unwrap()
}

fn bundled_story(name: &str) -> Story {
    let (_, text) = BUNDLED.iter().find(|(n, _)| *n == name).unwrap();
    parse_story(text).unwrap_or_else(|e| panic!("stories/{name}.json must parse:\n{e}"))
}

#[test]
fn every_bundled_story_checks_against_the_bundled_data() {
    let data = bundled_data();
    for (name, text) in BUNDLED {
        let story = load_story(text.as_bytes(), &data)
            .unwrap_or_else(|e| panic!("stories/{name}.json:\n{e}"));
        assert_eq!(story.id, name, "a story's id is its file name");
        assert_eq!(story.format_version, "1.0");
    }
}

#[test]
fn every_step_of_the_bundled_stories_is_in_english_and_italian_and_short() {
    for (name, _) in BUNDLED {
        let story = bundled_story(name);
        assert_eq!(story.languages(), ["en", "it"], "{name}");
        assert!(
            (7..=10).contains(&story.steps.len()) || name != "lombardy",
            "{name}: {} steps",
            story.steps.len()
        );
        for (i, step) in story.steps.iter().enumerate() {
            for lang in ["en", "it"] {
                let title = step.title.exact(lang).unwrap_or_else(|| {
                    panic!("{name} step {}: no title in {lang}", i + 1);
                });
                let caption = step.caption.exact(lang).unwrap_or_else(|| {
                    panic!("{name} step {}: no caption in {lang}", i + 1);
                });
                assert!(
                    title.chars().count() <= MAX_TITLE_CHARS,
                    "{name} step {} {lang}: the title has {} characters: {title}",
                    i + 1,
                    title.chars().count()
                );
                assert!(
                    caption.chars().count() <= MAX_CAPTION_CHARS,
                    "{name} step {} {lang}: the caption has {} characters: {caption}",
                    i + 1,
                    caption.chars().count()
                );
            }
            assert_ne!(
                step.title.exact("it"),
                step.title.exact("en"),
                "{name} step {}: the Italian title is a copy of the English",
                i + 1
            );
        }
    }
}

/// What the Lombardy story shows is what its captions say, in the bundled data: a pair step
/// shows the year the two signed, a network step a year in which Lombardy is a member.
#[test]
fn the_lombardy_story_shows_what_its_captions_say() {
    let d = bundled_data();
    let story = bundled_story("lombardy");
    let lombardy = d.region_by_id("ITC4").unwrap();
    for (i, step) in story.steps.iter().enumerate() {
        let number = i + 1;
        let to = step.view.to.unwrap_or(d.year_bounds().1);
        if let Some(with) = &step.view.with {
            let partner = d.region_by_id(with).unwrap();
            let signed: Vec<i32> = d
                .agreements
                .iter()
                .filter(|a| a.parties.contains(&lombardy) && a.parties.contains(&partner))
                .map(|a| a.signed.year)
                .collect();
            assert!(
                signed.contains(&to),
                "step {number}: Lombardy and {with} signed in {signed:?}, the step shows up to {to}"
            );
        }
        if let Some(id) = &step.view.network {
            let network = d.networks.iter().find(|n| &n.id == id).unwrap();
            let member = network
                .members
                .iter()
                .find(|m| m.region == lombardy)
                .unwrap_or_else(|| panic!("step {number}: Lombardy is not in {id}"));
            assert!(
                member.joined.year <= to && !member.estimated,
                "step {number}: Lombardy joined {id} in {:?}",
                member.joined
            );
        }
    }
    // The dates the captions give.
    let caption = |n: usize| story.step(n).unwrap().caption("en");
    let network = |id: &str| d.networks.iter().find(|n| n.id == id).unwrap();
    let joined = |id: &str| {
        network(id)
            .members
            .iter()
            .find(|m| m.region == lombardy)
            .unwrap()
            .joined
            .to_string()
    };
    assert_eq!(network("four-motors").founded.to_string(), "1988-09-09");
    assert!(caption(2).contains("9 September 1988"));
    assert_eq!(network("arge-alp").founded.to_string(), "1972-10-12");
    assert!(caption(1).contains("12 October 1972"));
    assert_eq!(joined("ara"), "2022-06-30");
    assert!(caption(4).contains("June 2022"));
    assert_eq!(joined("nw-italy"), "2023-07");
    assert!(caption(5).contains("July 2023"));
    assert_eq!(joined("esra"), "2024-11-08");
    assert!(caption(7).contains("8 November 2024"));
    let signed = |id: &str| {
        d.agreements
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .signed
            .to_string()
    };
    assert_eq!(signed("lombardy-bavaria-declaration-2024"), "2024-10-09");
    assert!(caption(6).contains("9 October 2024"));
    assert_eq!(signed("lombardy-catalonia-agreement-2025"), "2025-11-07");
    assert!(caption(8).contains("7 November 2025"));
    assert_eq!(signed("lombardy-flanders-mou-2026"), "2026-03-03");
    assert!(caption(9).contains("3 March 2026"));
    // The closing step counts Lombardy's networks and bilateral agreements.
    let networks = d
        .networks
        .iter()
        .filter(|n| n.members.iter().any(|m| m.region == lombardy))
        .count();
    let bilateral = d
        .agreements
        .iter()
        .filter(|a| a.parties.len() == 2 && a.parties.contains(&lombardy))
        .count();
    assert_eq!((networks, bilateral), (10, 9));
    assert!(caption(10).contains("ten networks") && caption(10).contains("nine bilateral"));
    assert!(story.step(10).unwrap().caption("it").contains("dieci reti"));
}

/// The semiconductor story's dates and counts are the bundled data's.
#[test]
fn the_semiconductor_story_says_what_the_data_says() {
    let d = bundled_data();
    let story = bundled_story("semiconductors");
    let caption = |n: usize| story.step(n).unwrap().caption("en");
    let esra = d.networks.iter().find(|n| n.id == "esra").unwrap();
    let joined = |id: &str| {
        let region = d.region_by_id(id).unwrap();
        let m = esra.members.iter().find(|m| m.region == region).unwrap();
        (m.joined.to_string(), m.founding, m.estimated)
    };
    assert_eq!(esra.founded.to_string(), "2023-09-07");
    assert_eq!(esra.members.iter().filter(|m| m.founding).count(), 27);
    assert!(caption(1).contains("7 September 2023") && caption(1).contains("27 regions"));
    assert_eq!(joined("PT11"), ("2024-05-29".into(), false, false));
    assert!(caption(2).contains("29 May 2024") && caption(2).contains("31st"));
    assert_eq!(joined("ITC4"), ("2024-11-08".into(), false, false));
    let chair_from = |id: &str, role: &str| {
        let region = d.region_by_id(id).unwrap();
        esra.presidencies
            .iter()
            .find(|p| p.region == region && p.role == role)
            .map(|p| p.from.year)
    };
    assert_eq!(chair_from("ITC1", "chair"), Some(2024));
    // Catalonia took the chair, and Pirkanmaa the co-chair, at the handover in Barcelona on
    // 7 November 2025 (the data records the report that dates it from 1 January 2026 as a
    // conflict); in 2026 the chair is Catalonia's, as the caption says.
    assert_eq!(chair_from("ES51", "chair"), Some(2025));
    assert!(caption(5).contains("in 2026 it is Catalonia's"));
    assert_eq!(chair_from("FI19B", "co-chair"), Some(2025));
    // 36 members reported, about six of them unnamed: the data names 30.
    assert_eq!(esra.members.len(), 30);
    assert!(caption(6).contains("36 members") && caption(6).contains("about six"));
    let piedmont_alliance = d
        .agreements
        .iter()
        .find(|a| a.id == "lombardy-piedmont-alliance-2024")
        .unwrap();
    assert_eq!(piedmont_alliance.signed.to_string(), "2024-12");
}

/// A step that zooms in keeps what it names on screen, on screens from a small laptop to a
/// projector, with room left at the bottom for the caption.
#[test]
fn zoomed_steps_keep_what_they_name_on_screen() {
    let d = bundled_data();
    let layout = geographic_layout(&d);
    let bounds = layout.bounds().unwrap();
    for (name, _) in BUNDLED {
        let story = bundled_story(name);
        for (i, step) in story.steps.iter().enumerate() {
            let Some(camera) = step.view.camera else {
                continue;
            };
            let to = step.view.to.unwrap_or(i32::MAX);
            let mut named: Vec<String> = step
                .view
                .region
                .iter()
                .chain(&step.view.with)
                .cloned()
                .collect();
            if let Some(id) = &step.view.network {
                let network = d.networks.iter().find(|n| &n.id == id).unwrap();
                named.extend(
                    network
                        .members
                        .iter()
                        .filter(|m| m.joined.year <= to)
                        .map(|m| d.region(m.region).id.clone()),
                );
            }
            for (width_px, height_px) in [(1024.0, 640.0), (1280.0, 720.0), (1920.0, 1080.0)] {
                let fitted = Viewport::fit(bounds, width_px, height_px, 28.0);
                let viewport = Viewport {
                    center: map_from_geo(camera.center),
                    px_per_km: fitted.px_per_km * camera.zoom,
                    ..fitted
                };
                for id in &named {
                    let region = d.region_by_id(id).unwrap();
                    let p = viewport.screen_from_map(layout.positions[region.index()]);
                    let margin = 48.0;
                    assert!(
                        (margin..=width_px - margin).contains(&p.x_px)
                            && (margin..=height_px * 0.75).contains(&p.y_px),
                        "{name} step {}: {id} is at {:.0},{:.0} on a {width_px}x{height_px} map",
                        i + 1,
                        p.x_px,
                        p.y_px
                    );
                }
            }
        }
    }
}

// ---- Refusals, each with its sentence ----

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
        ["steps[1].view (step 2): \"colour=red\" is not a view parameter; a view takes those of an atlas link: sectors, from, to, region, with, network, layout, draw, zoom, center, names"]
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
