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
