/// A new customer, as `POST /customers` takes it.
public struct CustomerCreate: ValidatedInput, Hashable {
    public var email: String
    public var name: String?
    public var phone: String?
    public var company: String?
    public var customFields: [String: JSONValue]

    public init(
        email: String, name: String? = nil, phone: String? = nil, company: String? = nil,
        customFields: [String: JSONValue] = [:]
    ) {
        self.email = email
        self.name = name
        self.phone = phone
        self.company = company
        self.customFields = customFields
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            CustomerCreate(
                email: reader.string("email", maxLength: Limits.email.upperBound) ?? "",
                name: reader.nullableString("name", maxLength: Limits.name.upperBound)?.newValue,
                phone: reader.nullableString("phone", maxLength: Limits.phone.upperBound)?.newValue,
                company: reader.nullableString("company", maxLength: Limits.name.upperBound)?.newValue,
                customFields: reader.customFields() ?? [:])
        }
    }

    public mutating func normalize() {
        email = email.trimmed
        name = name?.trimmed.nilIfEmpty
        phone = phone?.trimmed.nilIfEmpty
        company = company?.trimmed.nilIfEmpty
        customFields = customFields.withTrimmedStrings
    }

    public func check(into errors: inout FieldErrors) {
        errors.check("email", FieldRules.email(email))
        if let name { errors.check("name", FieldRules.text(name, Limits.name)) }
        if let phone { errors.check("phone", FieldRules.phone(phone)) }
        if let company { errors.check("company", FieldRules.text(company, Limits.name)) }
        errors.merge(FieldRules.customFields(customFields))
    }
}

/// A change to a customer, as `PATCH /customers/{id}` takes it. A `nil` field stays as it is.
public struct CustomerUpdate: ValidatedInput, Hashable {
    public var email: String?
    public var name: Patch<String>?
    public var phone: Patch<String>?
    public var company: Patch<String>?
    public var customFields: [String: JSONValue]?

    public init(
        email: String? = nil, name: Patch<String>? = nil, phone: Patch<String>? = nil,
        company: Patch<String>? = nil, customFields: [String: JSONValue]? = nil
    ) {
        self.email = email
        self.name = name
        self.phone = phone
        self.company = company
        self.customFields = customFields
    }

    /// Reads and validates a JSON body; `null` clears name, phone and company.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            CustomerUpdate(
                email: reader.string("email", maxLength: Limits.email.upperBound),
                name: reader.nullableString("name", maxLength: Limits.name.upperBound),
                phone: reader.nullableString("phone", maxLength: Limits.phone.upperBound),
                company: reader.nullableString("company", maxLength: Limits.name.upperBound),
                customFields: reader.customFields())
        }
    }

    public mutating func normalize() {
        email = email?.trimmed
        name = name?.trimmedOrCleared
        phone = phone?.trimmedOrCleared
        company = company?.trimmedOrCleared
        customFields = customFields?.withTrimmedStrings
    }

    public func check(into errors: inout FieldErrors) {
        if let email { errors.check("email", FieldRules.email(email)) }
        if case .set(let name) = name { errors.check("name", FieldRules.text(name, Limits.name)) }
        if case .set(let phone) = phone { errors.check("phone", FieldRules.phone(phone)) }
        if case .set(let company) = company { errors.check("company", FieldRules.text(company, Limits.name)) }
        if let customFields { errors.merge(FieldRules.customFields(customFields)) }
    }
}

extension String {
    /// `nil` for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Patch where Value == String {
    /// Trimmed; a value that trims to nothing clears the field.
    var trimmedOrCleared: Patch<String> {
        switch self {
        case .set(let text): text.trimmed.isEmpty ? .clear : .set(text.trimmed)
        case .clear: .clear
        }
    }
}
