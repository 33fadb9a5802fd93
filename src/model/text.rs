//! Small text helpers that avoid pulling large Unicode tables and float
//! formatting into the WebAssembly download.

/// Lower case for searching and file names: ASCII, Latin-1, Latin
/// Extended-A, Greek and Cyrillic, which cover the languages departments
/// write in; other characters are kept as they are. (`str::to_lowercase`
/// would add about 10 KiB of tables to the download.)
pub fn fold_case(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    let code = c as u32;
    let folded = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => code + 32,
        0x400..=0x40F => code + 80,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xFF,
        _ => code,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// Text as a search compares it: folded case, and the accents of Latin
/// letters dropped ("Équipe" finds "equipe", "Müller" finds "muller"), by a
/// small table rather than Unicode normalisation's.
pub fn fold_for_search(text: &str) -> String {
    text.chars().map(|c| strip_accent(fold_char(c))).collect()
}

fn strip_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// `x` with one decimal, e.g. `2.5` (`format!("{:.1}")` brings in float formatting).
pub fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_the_standard_library_where_it_folds() {
        let ranges = [0x20..0x250, 0x370..0x400, 0x400..0x460];
        for code in ranges.into_iter().flatten() {
            let Some(c) = char::from_u32(code) else { continue };
            let standard: String = c.to_lowercase().collect();
            let ours = fold_char(c);
            // Where we fold, we agree with std; where std needs more than one char, we leave it.
            assert!(ours == c || standard == ours.to_string(), "{c:?} U+{code:04X}: {ours:?} vs {standard:?}");
        }
        assert_eq!(fold_case("Ärger ÜBER Straße ĞÜŞ Σχέδιο ПЛАН"), "ärger über straße ğüş σχέδιο план");
    }

    #[test]
    fn searches_ignore_case_and_accents() {
        assert_eq!(fold_for_search("Équipe Müller ŁÓDŹ Straße"), "equipe muller lodz straße");
        assert_eq!(fold_for_search("IT 2027"), "it 2027");
    }

    #[test]
    fn formats_one_decimal() {
        assert_eq!(one_decimal(2.46), "2.5");
        assert_eq!(one_decimal(0.0), "0.0");
        assert_eq!(one_decimal(25.0), "25.0");
        assert_eq!(one_decimal(-1.25), "-1.3");
    }
}
