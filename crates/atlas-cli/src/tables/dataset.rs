//! `dataset.csv`: the file's top-level fields, one row each (`field`, `value`).

use std::path::Path;

use atlas_core::raw::RawDataset;

use super::table::{column, problem, Table};

/// One top-level field and its value.
#[derive(Default)]
pub(super) struct Setting {
    field: String,
    value: String,
}

type Field = (
    &'static str,
    fn(&RawDataset) -> &String,
    fn(&mut RawDataset) -> &mut String,
);

macro_rules! field {
    ($name:ident) => {
        (stringify!($name), |raw| &raw.$name, |raw| &mut raw.$name)
    };
}

/// The top-level fields the table holds, in the order they are written.
const FIELDS: [Field; 5] = [
    field!(format_version),
    field!(title),
    field!(nuts_version),
    field!(updated),
    field!(notes),
];

fn table() -> Table<Setting> {
    Table::new(
        "dataset",
        [column!(Text "field", field), column!(Text "value", value)],
    )
}

pub(super) fn write(raw: &RawDataset, dir: &Path) -> Result<(), String> {
    let settings = FIELDS.map(|(field, get, _)| Setting {
        field: field.to_owned(),
        value: get(raw).clone(),
    });
    table().write(dir, &settings)
}

pub(super) fn read(dir: &Path, raw: &mut RawDataset) -> Result<(), String> {
    for (line, setting) in table().read(dir)? {
        let Some((_, _, set)) = FIELDS.iter().find(|(field, ..)| *field == setting.field) else {
            return Err(problem(
                "dataset",
                line,
                "field",
                &format!("unknown field \"{}\"", setting.field),
            ));
        };
        *set(raw) = setting.value;
    }
    Ok(())
}
