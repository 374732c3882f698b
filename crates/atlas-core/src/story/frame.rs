//! Reading a step's frame (format 1.1) on its own; [`super::check`] checks its ids against
//! the data.

use super::read::Checker;
use super::*;

impl Checker {
    /// Checks a step's frame on its own: something in it, each id once, a format version that
    /// has frames, and no hand-made camera beside it (the frame replaces `zoom` and `center`).
    pub(super) fn frame(
        &mut self,
        path: &str,
        step: usize,
        frame: &StepFrame,
        query: &str,
        version: Option<(u32, u32)>,
    ) {
        let step = Some(step);
        let path = format!("{path}.frame");
        if let Some((major, minor)) = version {
            if major == STORY_FORMAT_MAJOR && minor < FRAME_MINOR_VERSION {
                self.push(
                    &path,
                    step,
                    StoryProblemKind::FrameNeedsVersion {
                        found: format!("{major}.{minor}"),
                    },
                );
            }
        }
        if frame.regions.is_empty() && frame.hubs.is_empty() {
            self.push(&path, step, StoryProblemKind::EmptyFrame);
        }
        for (list, what, ids) in [
            ("regions", "region", &frame.regions),
            ("hubs", "hub", &frame.hubs),
        ] {
            for (j, id) in ids.iter().enumerate() {
                if ids[..j].contains(id) {
                    self.push(
                        format!("{path}.{list}[{j}]"),
                        step,
                        StoryProblemKind::DuplicateInFrame {
                            what,
                            id: id.clone(),
                        },
                    );
                }
            }
        }
        let camera: Vec<String> = form_urlencoded::parse(query.as_bytes())
            .filter(|(k, _)| k == "zoom" || k == "center")
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !camera.is_empty() {
            self.push(
                &path,
                step,
                StoryProblemKind::FrameWithCamera {
                    written: camera.join("&"),
                },
            );
        }
    }
}
