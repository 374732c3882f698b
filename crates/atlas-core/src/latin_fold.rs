//! Latin letters without their accents, in plain ASCII: "Bavière" → "Baviere", "Straße" →
//! "Strasse", "Łódź" → "Lodz". One table for every place that needs it: search (compares
//! names without accents), file names and story ids (ASCII slugs).

/// The plain ASCII spelling of an accented Latin letter or ligature, lower case (`'É'` →
/// `"e"`, `'ß'` → `"ss"`, `'Æ'` → `"ae"`); `None` for any other character, ASCII included.
pub fn latin_ascii(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'ľ' | 'ĺ' | 'Ł' | 'Ľ' | 'Ĺ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        'ð' | 'Ð' => "d",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_ligatures_fold_and_the_rest_is_left_alone() {
        let fold = |text: &str| -> String {
            text.chars()
                .map(|c| latin_ascii(c).map_or_else(|| c.to_string(), str::to_owned))
                .collect()
        };
        assert_eq!(fold("Bavière"), "Baviere");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Straße"), "Strasse");
        assert_eq!(fold("Œuvre Æ"), "oeuvre ae");
        assert_eq!(latin_ascii('a'), None);
        assert_eq!(latin_ascii('Ω'), None);
    }
}
