//! Referral packets between centres: a referral (or the answer to one) as a signed
//! file. The body is JSON; the signature is ed25519 over the body's canonical form
//! (keys sorted at every level, no spaces), so the file may be re-indented but not
//! changed. A centre's public key travels in its organisation record (HSDS
//! attributes), so exchanging directories is how two centres come to trust each other.

use std::collections::BTreeMap;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a referral packet may carry about the person, in this order: the fields the
/// person's consent to share with the receiving organisation covers. Nothing else
/// (identifiers, nationality, address, vulnerability, notes) ever leaves the centre.
pub const SHARED_FIELDS: &[&str] = &[
    "surname",
    "given_name",
    "father_name",
    "date_of_birth",
    "gender",
    "phone",
    "languages",
    "interpreter_needed",
];

/// The file format's name and version.
pub const FORMAT: &str = "kentro-referral-packet/1";

/// One side of a packet: an organisation as the directory knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Party {
    /// HSDS id of the organisation.
    pub organisation_id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Who at the organisation sent it or answers for it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// For the receiving side: the service referred to (HSDS id and name).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_name: String,
}

/// The person's consent, as the packet states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consent {
    /// When the consent to share with the receiving organisation was recorded.
    pub given_at: String,
    /// The fields it covers: exactly the keys of `person`.
    pub fields: Vec<String>,
    pub statement: String,
}

/// The receiving centre's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// accepted, completed or declined.
    pub state: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PacketKind {
    Referral,
    Answer,
}

/// What is signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PacketBody {
    pub format: String,
    pub kind: PacketKind,
    /// The referral's id, the same at both centres.
    pub referral_id: String,
    pub sent_at: String,
    pub sender: Party,
    pub recipient: Party,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    /// Only the consented fields, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
}

/// Why a packet was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PacketError {
    /// Not a kentro packet, or a field is missing or malformed.
    Unreadable(String),
    /// The signature does not verify with the sender's key (changed in transit, or
    /// signed by someone else).
    BadSignature,
    /// The sender's key in the directory is not a valid ed25519 key.
    BadKey,
}

/// The canonical text of a JSON value: keys sorted at every level, no spaces.
pub fn canonical(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let items: Vec<String> = keys
                .into_iter()
                .map(|k| format!("{}:{}", Value::String(k.clone()), canonical(&map[k])))
                .collect();
            format!("{{{}}}", items.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != N * 2 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// A centre's key pair from 32 random bytes: (secret, public), both hex.
pub fn key_pair(seed: [u8; 32]) -> (String, String) {
    let key = SigningKey::from_bytes(&seed);
    (hex(&seed), hex(key.verifying_key().as_bytes()))
}

/// The packet file: the body and its signature by `secret` (hex).
pub fn sign(body: &PacketBody, secret: &str) -> Result<String, PacketError> {
    let seed = unhex::<32>(secret).ok_or(PacketError::BadKey)?;
    let key = SigningKey::from_bytes(&seed);
    let value = serde_json::to_value(body).map_err(|e| PacketError::Unreadable(e.to_string()))?;
    let signature = key.sign(canonical(&value).as_bytes());
    let file = serde_json::json!({
        "body": value,
        "signature": hex(&signature.to_bytes()),
    });
    serde_json::to_string_pretty(&file).map_err(|e| PacketError::Unreadable(e.to_string()))
}

/// Reads a packet file without checking it: the body, to find the sender's key.
pub fn open(text: &str) -> Result<PacketBody, PacketError> {
    let file: Value =
        serde_json::from_str(text).map_err(|e| PacketError::Unreadable(e.to_string()))?;
    let body = file
        .get("body")
        .ok_or_else(|| PacketError::Unreadable("no body".into()))?;
    let body: PacketBody =
        serde_json::from_value(body.clone()).map_err(|e| PacketError::Unreadable(e.to_string()))?;
    if body.format != FORMAT {
        return Err(PacketError::Unreadable(format!(
            "format {:?} is not {FORMAT}",
            body.format
        )));
    }
    Ok(body)
}

/// Checks the file's signature with the sender's public key (hex); the body if it
/// verifies. Every byte of the body counts: what was signed is what is read.
pub fn verify(text: &str, public_key: &str) -> Result<PacketBody, PacketError> {
    let file: Value =
        serde_json::from_str(text).map_err(|e| PacketError::Unreadable(e.to_string()))?;
    let body = file
        .get("body")
        .ok_or_else(|| PacketError::Unreadable("no body".into()))?;
    let signature = file
        .get("signature")
        .and_then(Value::as_str)
        .and_then(unhex::<64>)
        .ok_or(PacketError::BadSignature)?;
    let key = unhex::<32>(public_key)
        .and_then(|k| VerifyingKey::from_bytes(&k).ok())
        .ok_or(PacketError::BadKey)?;
    key.verify(
        canonical(body).as_bytes(),
        &Signature::from_bytes(&signature),
    )
    .map_err(|_| PacketError::BadSignature)?;
    open(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> PacketBody {
        PacketBody {
            format: FORMAT.into(),
            kind: PacketKind::Referral,
            referral_id: "r-1".into(),
            sent_at: "2026-11-23T10:00:00".into(),
            sender: Party {
                organisation_id: "a".into(),
                name: "Κέντρο Α".into(),
                ..Party::default()
            },
            recipient: Party::default(),
            reason: Some("Στέγαση".into()),
            urgency: Some("normal".into()),
            consent: None,
            person: None,
            answer: None,
        }
    }

    #[test]
    fn a_signed_packet_verifies_and_any_change_is_refused() {
        let (secret, public) = key_pair([7; 32]);
        let text = sign(&body(), &secret).unwrap();
        assert_eq!(verify(&text, &public).unwrap(), body());
        // Re-indented: still the same body.
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(verify(&serde_json::to_string(&value).unwrap(), &public).is_ok());
        // One letter changed in the reason.
        let tampered = text.replace("Στέγαση", "Στέγασe");
        assert_eq!(verify(&tampered, &public), Err(PacketError::BadSignature));
        // Another centre's key.
        let (_, other) = key_pair([8; 32]);
        assert_eq!(verify(&text, &other), Err(PacketError::BadSignature));
        assert_eq!(verify(&text, "zz"), Err(PacketError::BadKey));
    }

    #[test]
    fn canonical_text_sorts_keys_at_every_level() {
        let v: Value = serde_json::from_str(r#"{"b": [ {"d": 1, "c": "x"} ], "a": null}"#).unwrap();
        assert_eq!(canonical(&v), r#"{"a":null,"b":[{"c":"x","d":1}]}"#);
    }
}
