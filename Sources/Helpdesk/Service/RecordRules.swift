/// The field rules of SPEC §6 applied to whole records, for imports: each record is
/// normalized as a create would normalize it, and its refused fields are reported
/// under `<list>[<index>].<field>`. Tickets, an import's bulk, have rules of their own
/// (`RecordRules+Tickets.swift`).
enum RecordRules {
    static func normalize(_ batch: inout ImportBatch) {
        for index in batch.users.indices {
            batch.users[index].email = batch.users[index].email.trimmed
            batch.users[index].name = batch.users[index].name.trimmed
        }
        for index in batch.customers.indices {
            batch.customers[index].email = batch.customers[index].email.trimmed
            batch.customers[index].name = batch.customers[index].name?.trimmed.nilIfEmpty
            batch.customers[index].phone = batch.customers[index].phone?.trimmed.nilIfEmpty
            batch.customers[index].company = batch.customers[index].company?.trimmed.nilIfEmpty
            batch.customers[index].customFields = batch.customers[index].customFields.withTrimmedStrings
        }
        for index in batch.tags.indices {
            batch.tags[index].name = batch.tags[index].name.normalizedTagName
            batch.tags[index].color = batch.tags[index].color.trimmed.lowercased()
        }
        for index in batch.collections.indices {
            batch.collections[index].name = batch.collections[index].name.trimmed
        }
        for index in batch.articles.indices {
            batch.articles[index].title = batch.articles[index].title.trimmed
        }
    }

    static func check(_ batch: ImportBatch) -> FieldErrors {
        var errors = FieldErrors()
        for (index, user) in batch.users.enumerated() {
            errors.check("users[\(index)].email", FieldRules.email(user.email))
            errors.check("users[\(index)].name", FieldRules.text(user.name, Limits.requiredName))
        }
        for (index, customer) in batch.customers.enumerated() {
            let path = "customers[\(index)]"
            errors.check("\(path).email", FieldRules.email(customer.email))
            errors.check("\(path).name", customer.name.flatMap { FieldRules.text($0, Limits.name) })
            errors.check("\(path).phone", customer.phone.flatMap(FieldRules.phone))
            errors.check("\(path).company", customer.company.flatMap { FieldRules.text($0, Limits.name) })
            errors.merge(prefixed(path, FieldRules.customFields(customer.customFields)))
        }
        for (index, tag) in batch.tags.enumerated() {
            errors.check("tags[\(index)].name", FieldRules.tagName(tag.name))
            errors.check("tags[\(index)].color", FieldRules.color(tag.color))
        }
        for (index, collection) in batch.collections.enumerated() {
            errors.check("collections[\(index)].name", FieldRules.text(collection.name, Limits.requiredName))
        }
        for (index, article) in batch.articles.enumerated() {
            errors.check("articles[\(index)].title", FieldRules.text(article.title, Limits.requiredName))
            errors.check("articles[\(index)].body", FieldRules.text(article.body, Limits.articleBody))
        }
        for (index, entry) in batch.conversations.enumerated() {
            let reason = entry.content.trimmed.isEmpty ? "is required" : FieldRules.text(entry.content, Limits.content)
            errors.check("conversations[\(index)].content", reason)
            if entry.type == .note, !entry.isInternal {
                errors.check("conversations[\(index)].internal", "a note is always internal")
            }
        }
        return errors
    }

    static func prefixed(_ path: String, _ reasons: [String: String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: reasons.map { ("\(path).\($0.key)", $0.value) })
    }
}
