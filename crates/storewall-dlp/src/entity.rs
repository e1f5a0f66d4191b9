use std::fmt;

/// An entity type, named as Presidio names it where the two overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A person's name.
    Person,
    /// An email address.
    EmailAddress,
    /// A phone number.
    PhoneNumber,
    /// A payment card number.
    CreditCard,
    /// An International Bank Account Number.
    IbanCode,
    /// A US Social Security number.
    UsSsn,
    /// An IPv4 or IPv6 address.
    IpAddress,
    /// A postal address.
    Location,
    /// A US bank account or routing number.
    UsBankNumber,
    /// A cryptocurrency wallet address.
    Crypto,
    /// A credential: API key, token, private key or password.
    Secret,
    /// A type the store defines, e.g. `ORDER_ID` or `LOYALTY_CARD`.
    Custom(&'static str),
}

/// Returned when a name is not one of the entity types Storewall knows.
#[derive(Debug, thiserror::Error)]
#[error("unknown entity type `{0}`; expected one of {list}", list = EntityType::names().join(", "))]
pub struct UnknownEntity(pub String);

impl EntityType {
    /// Every entity type, in a stable order.
    pub const ALL: [EntityType; 11] = [
        EntityType::Person,
        EntityType::EmailAddress,
        EntityType::PhoneNumber,
        EntityType::CreditCard,
        EntityType::IbanCode,
        EntityType::UsSsn,
        EntityType::IpAddress,
        EntityType::Location,
        EntityType::UsBankNumber,
        EntityType::Crypto,
        EntityType::Secret,
    ];

    /// The contract name, e.g. `EMAIL_ADDRESS`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::EmailAddress => "EMAIL_ADDRESS",
            EntityType::PhoneNumber => "PHONE_NUMBER",
            EntityType::CreditCard => "CREDIT_CARD",
            EntityType::IbanCode => "IBAN_CODE",
            EntityType::UsSsn => "US_SSN",
            EntityType::IpAddress => "IP_ADDRESS",
            EntityType::Location => "LOCATION",
            EntityType::UsBankNumber => "US_BANK_NUMBER",
            EntityType::Crypto => "CRYPTO",
            EntityType::Secret => "SECRET",
            EntityType::Custom(name) => name,
        }
    }

    /// A built-in type by name, or a custom type when `name` is a valid
    /// custom name (`[A-Z][A-Z0-9_]*`, at most 48 characters).
    pub fn custom(name: &str) -> Result<EntityType, InvalidCustomName> {
        if let Ok(e) = name.parse::<EntityType>() {
            return Ok(e);
        }
        let valid = name.len() <= 48
            && name.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if !valid {
            return Err(InvalidCustomName(name.to_string()));
        }
        Ok(EntityType::Custom(crate::intern::intern(name)))
    }

    /// All contract names.
    pub fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|e| e.as_str()).collect()
    }
}

/// Returned when a custom entity name does not fit the placeholder grammar.
#[derive(Debug, thiserror::Error)]
#[error("invalid entity type `{0}`: use upper-case letters, digits and underscores, starting with a letter (e.g. ORDER_ID)")]
pub struct InvalidCustomName(pub String);

impl std::str::FromStr for EntityType {
    type Err = UnknownEntity;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|e| e.as_str() == s)
            .ok_or_else(|| UnknownEntity(s.to_string()))
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EntityType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EntityType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
