//! Department colours: the Okabe–Ito palette, which stays distinguishable for
//! the common forms of colour blindness. A colour is always shown with a label.

/// One colour of the palette, stored in files by its `name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    /// The name stored in files, e.g. `sky-blue`.
    pub name: &'static str,
    /// What the user reads next to the swatch.
    pub label: &'static str,
    /// CSS colour of the swatch.
    pub hex: &'static str,
    /// Text colour with enough contrast on the swatch.
    pub ink: &'static str,
}

/// Every colour a department may take, in the order they are handed out.
pub const PALETTE: [Colour; 8] = [
    Colour { name: "blue", label: "Blue", hex: "#0072B2", ink: "#FFFFFF" },
    Colour { name: "orange", label: "Orange", hex: "#E69F00", ink: "#000000" },
    Colour { name: "bluish-green", label: "Green", hex: "#009E73", ink: "#000000" },
    Colour { name: "vermillion", label: "Vermillion", hex: "#D55E00", ink: "#000000" },
    Colour { name: "sky-blue", label: "Sky blue", hex: "#56B4E9", ink: "#000000" },
    Colour { name: "reddish-purple", label: "Purple", hex: "#CC79A7", ink: "#000000" },
    Colour { name: "yellow", label: "Yellow", hex: "#F0E442", ink: "#000000" },
    Colour { name: "grey", label: "Grey", hex: "#595959", ink: "#FFFFFF" },
];

impl Colour {
    /// The palette colour with this stored name.
    pub fn from_name(name: &str) -> Option<Colour> {
        PALETTE.iter().copied().find(|c| c.name == name)
    }

    /// The colour for the `n`th department, cycling through the palette.
    pub fn nth(n: usize) -> Colour {
        PALETTE[n % PALETTE.len()]
    }
}

impl Default for Colour {
    fn default() -> Self {
        PALETTE[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for colour in PALETTE {
            assert_eq!(Colour::from_name(colour.name), Some(colour));
        }
        assert_eq!(Colour::from_name("pink"), None);
        assert_eq!(Colour::nth(PALETTE.len()), PALETTE[0]);
    }
}
