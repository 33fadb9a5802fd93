//! Writing JSON in one of two layouts through one serializer: compact for
//! storage, indented for the files people open. One formatter type that
//! chooses at run time means every document type's serializing code is in
//! the download once, not once per layout.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

/// The text of `value`, indented two spaces when `indented`.
pub fn to_json(value: &impl Serialize, indented: bool) -> String {
    let layout = Layout { indented, pretty: PrettyFormatter::new() };
    let mut out = Vec::with_capacity(4096);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, layout);
    value.serialize(&mut serializer).expect("Liaison's types always serialize");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Compact or indented, decided per write.
struct Layout {
    indented: bool,
    pretty: PrettyFormatter<'static>,
}

/// The methods where the two layouts differ; every other one is the same.
macro_rules! either_layout {
    ($($method:ident $(, $arg:ident: $ty:ty)?;)*) => {$(
        fn $method<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $ty)?) -> io::Result<()> {
            if self.indented {
                self.pretty.$method(writer $(, $arg)?)
            } else {
                CompactFormatter.$method(writer $(, $arg)?)
            }
        }
    )*};
}

impl Formatter for Layout {
    either_layout! {
        begin_array;
        end_array;
        begin_array_value, first: bool;
        end_array_value;
        begin_object;
        end_object;
        begin_object_key, first: bool;
        begin_object_value;
        end_object_value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_same_as_serde_json_in_both_layouts() {
        let value = serde_json::json!({ "a": [1, { "b": [] }, {}], "c": "text", "d": { "e": null } });
        assert_eq!(to_json(&value, false), serde_json::to_string(&value).unwrap());
        assert_eq!(to_json(&value, true), serde_json::to_string_pretty(&value).unwrap());
    }
}
