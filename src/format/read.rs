//! A small toolkit for reading typed values out of parsed JSON by hand, with
//! the path of every field at hand for error messages. Hand-written readers
//! keep the WebAssembly small: serde-derived deserializers grew the download by
//! about 1 KiB gzipped per field, and every document type adds fields.
//!
//! Times and days are parsed here, once: a value that is not a time or a day
//! is repaired on the spot and the repair noted, with its path, in the
//! [`Notes`] every reader of one file shares.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::{Map, Value};

use super::error::ImportError;
use super::warning::{Repair, Warning};
use crate::model::time::{Day, Timestamp};

/// The repairs made while reading one file, shared by all its readers.
#[derive(Debug, Clone, Default)]
pub struct Notes(Rc<RefCell<Vec<Warning>>>);

impl Notes {
    pub fn push(&self, warning: Warning) {
        self.0.borrow_mut().push(warning);
    }

    /// Everything noted so far, in order.
    pub fn take(&self) -> Vec<Warning> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

/// "the number 5", "a list", … for messages.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "empty (null)".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the text \"{}\"", s.chars().take(40).collect::<String>()),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// The error for a value of the wrong kind at `path`.
pub fn wrong(path: &str, expected: &str, found: &Value) -> ImportError {
    ImportError::WrongType { path: path.into(), detail: format!("it should be {expected}, but it is {}", describe(found)) }
}

/// The fields of one JSON object, taken out one by one; what is left at the
/// end are fields this version does not know, kept as they came.
pub struct Fields {
    map: Map<String, Value>,
    path: String,
    notes: Notes,
}

impl Fields {
    /// The object at `path`, or an error if `value` is not an object;
    /// repairs are noted in `notes`.
    pub fn new(value: Value, path: &str, notes: &Notes) -> Result<Fields, ImportError> {
        match value {
            Value::Object(map) => Ok(Fields { map, path: path.to_string(), notes: notes.clone() }),
            other => Err(wrong(path, "an object", &other)),
        }
    }

    /// Where repairs of this file are noted.
    pub fn notes(&self) -> &Notes {
        &self.notes
    }

    /// The path of this object.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The path of a field of this object.
    pub fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) }
    }

    /// A field's value; a missing field and `null` both give `None`.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        self.map.remove(key).filter(|v| !v.is_null())
    }

    /// An optional text field.
    pub fn opt_text(&mut self, key: &str) -> Result<Option<String>, ImportError> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(wrong(&self.path_of(key), "text", &other)),
        }
    }

    /// A text field, empty when missing.
    pub fn text(&mut self, key: &str) -> Result<String, ImportError> {
        Ok(self.opt_text(key)?.unwrap_or_default())
    }

    /// A text field that must be there (ids).
    pub fn required_text(&mut self, key: &str) -> Result<String, ImportError> {
        self.opt_text(key)?.ok_or_else(|| ImportError::WrongType {
            path: self.path.clone(),
            detail: format!("the required field \"{key}\" is missing"),
        })
    }

    /// An id that must be there, of whatever kind is wanted.
    pub fn id<I: From<String>>(&mut self, key: &str) -> Result<I, ImportError> {
        self.required_text(key).map(I::from)
    }

    /// An id that may be absent.
    pub fn opt_id<I: From<String>>(&mut self, key: &str) -> Result<Option<I>, ImportError> {
        Ok(self.opt_text(key)?.map(I::from))
    }

    /// A list of ids.
    pub fn ids<I: From<String>>(&mut self, key: &str) -> Result<Vec<I>, ImportError> {
        Ok(self.texts(key)?.into_iter().map(I::from).collect())
    }

    /// An optional number.
    pub fn opt_number(&mut self, key: &str) -> Result<Option<f64>, ImportError> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(other) => Err(wrong(&self.path_of(key), "a number", &other)),
        }
    }

    /// A yes/no field, `None` when missing.
    pub fn opt_bool(&mut self, key: &str) -> Result<Option<bool>, ImportError> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(b)),
            Some(other) => Err(wrong(&self.path_of(key), "true or false", &other)),
        }
    }

    /// A whole number, `None` when missing.
    pub fn opt_whole(&mut self, key: &str) -> Result<Option<u64>, ImportError> {
        match self.take(key) {
            None => Ok(None),
            Some(value) => value.as_u64().map(Some).ok_or_else(|| wrong(&self.path_of(key), "a whole number from 0", &value)),
        }
    }

    /// The items of a list, each with its path.
    fn items(&mut self, key: &str) -> Result<Vec<(Value, String)>, ImportError> {
        let path = self.path_of(key);
        match self.take(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items.into_iter().enumerate().map(|(n, value)| (value, format!("{path}[{n}]"))).collect()),
            Some(other) => Err(wrong(&path, "a list", &other)),
        }
    }

    /// A list of objects, each read by `item`.
    pub fn list<T>(&mut self, key: &str, mut item: impl FnMut(Fields) -> Result<T, ImportError>) -> Result<Vec<T>, ImportError> {
        let notes = self.notes.clone();
        self.items(key)?.into_iter().map(|(value, path)| item(Fields::new(value, &path, &notes)?)).collect()
    }

    /// A list of texts (ids).
    pub fn texts(&mut self, key: &str) -> Result<Vec<String>, ImportError> {
        self.items(key)?
            .into_iter()
            .map(|(value, path)| match value {
                Value::String(s) => Ok(s),
                other => Err(wrong(&path, "text", &other)),
            })
            .collect()
    }

    /// A nested object, read by `read` when present.
    pub fn object<T>(&mut self, key: &str, read: impl FnOnce(Fields) -> Result<T, ImportError>) -> Result<Option<T>, ImportError> {
        let path = self.path_of(key);
        let notes = self.notes.clone();
        self.take(key).map(|value| read(Fields::new(value, &path, &notes)?)).transpose()
    }

    /// An instant. Missing, it is `fallback` (older files may lack it); not
    /// a time, it is `fallback` too, and the repair is noted.
    pub fn time(&mut self, key: &str, fallback: Timestamp) -> Result<Timestamp, ImportError> {
        Ok(self.opt_time(key)?.unwrap_or(fallback))
    }

    /// An instant that may be absent; one that is not a time is dropped
    /// (to become the caller's fallback) and the repair noted.
    pub fn opt_time(&mut self, key: &str) -> Result<Option<Timestamp>, ImportError> {
        let Some(text) = self.opt_text(key)? else { return Ok(None) };
        if text.is_empty() {
            return Ok(None);
        }
        let parsed = Timestamp::parse(&text);
        if parsed.is_none() {
            self.notes.push(Warning::new(self.path_of(key), Repair::BadTime { found: text }));
        }
        Ok(parsed)
    }

    /// A day that may be left empty; one that is not a day is left empty
    /// and the repair noted.
    pub fn opt_day(&mut self, key: &str) -> Result<Option<Day>, ImportError> {
        let Some(text) = self.opt_text(key)? else { return Ok(None) };
        let parsed = Day::parse(&text);
        if parsed.is_none() {
            self.notes.push(Warning::new(self.path_of(key), Repair::BadDay { found: text, used: None }));
        }
        Ok(parsed)
    }

    /// A day that must be there; missing or not a day, it is `fallback`
    /// and the repair noted.
    pub fn day(&mut self, key: &str, fallback: Day) -> Result<Day, ImportError> {
        let text = self.text(key)?;
        Ok(Day::parse(&text).unwrap_or_else(|| {
            self.notes.push(Warning::new(self.path_of(key), Repair::BadDay { found: text, used: Some(fallback) }));
            fallback
        }))
    }

    /// Puts a field back among those nobody read (kept and written back as it came).
    pub fn keep(&mut self, key: &str, value: Value) {
        self.map.insert(key.to_string(), value);
    }

    /// The names of the fields not read yet.
    pub fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }

    /// The fields nobody read: kept and written back unchanged.
    pub fn rest(self) -> Map<String, Value> {
        self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_fields_and_keeps_the_rest() {
        let mut fields = Fields::new(json!({"a": "x", "n": 3, "l": ["p", "q"], "z": true}), "top", &Notes::default()).unwrap();
        assert_eq!(fields.text("a").unwrap(), "x");
        assert_eq!(fields.text("missing").unwrap(), "");
        assert_eq!(fields.opt_whole("n").unwrap(), Some(3));
        assert_eq!(fields.texts("l").unwrap(), vec!["p", "q"]);
        assert_eq!(fields.rest(), json!({"z": true}).as_object().unwrap().clone());
    }

    #[test]
    fn names_the_path_of_a_wrong_value() {
        let mut fields = Fields::new(json!({"l": [1, "x", 2]}), "plans[0]", &Notes::default()).unwrap();
        let error = fields.texts("l").unwrap_err().to_string();
        assert!(error.contains("plans[0].l[0]: it should be text, but it is the number 1"), "{error}");
        let mut fields = Fields::new(json!({}), "plans[3]", &Notes::default()).unwrap();
        assert!(fields.required_text("id").unwrap_err().to_string().contains("plans[3]: the required field \"id\" is missing"));
        assert!(Fields::new(json!([1]), "boards[0]", &Notes::default()).is_err());
    }
}
