/// The eight kinds of record a store keeps.
extension RecordKind<TicketRecord> {
    static let ticket = RecordKind(
        name: "ticket",
        dependencies: [
            .insertCustomer(Fixture.customer(1)), .insertCustomer(Fixture.customer(2)), .insertUser(Fixture.user(1)),
            .insertTag(Fixture.tag(1)), .insertTag(Fixture.tag(2)),
        ],
        sample: { Fixture.ticket($0, customer: 1, assignee: 1, tags: ["tag-1"], at: $0) },
        changed: { ticket in
            var changed = ticket
            changed.subject += " (edited)"
            changed.description = "Now with a description."
            changed.summary = "A summary"
            changed.status = .pending
            changed.priority = .urgent
            changed.customerID = Fixture.customerID(2)
            changed.assigneeID = nil
            changed.tags = ["tag-2", "tag-1"]
            changed.customFields = ["plan": .string("pro"), "seats": .number(3), "trial": .bool(false), "x": .null]
            changed.updatedAt = Fixture.date(3600, milliseconds: 125)
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertTicket, update: Mutation.updateTicket,
        delete: { .deleteTicket($0.id, expectedVersion: $1) },
        read: { store, ticket in
            try await store.ticket(ticket.id).map { ReadBack(record: $0.value, version: $0.version) }
        }
    )
}

extension RecordKind<Conversation> {
    static let conversation = RecordKind(
        name: "conversation",
        dependencies: [.insertCustomer(Fixture.customer(1)), .insertTicket(Fixture.ticket(1, customer: 1))],
        sample: { Fixture.conversation($0, ticket: 1, at: $0) },
        changed: { entry in
            var changed = entry
            changed.type = .note
            changed.isInternal = true
            changed.author = .customer(Fixture.customerID(1))
            changed.content = "**changed**"
            changed.contentText = "changed"
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertConversation, update: nil, delete: nil,
        read: { store, entry in try await store.conversation(entry.id).map { ReadBack(record: $0, version: nil) } }
    )
}

extension RecordKind<Customer> {
    static let customer = RecordKind(
        name: "customer", dependencies: [],
        sample: { Fixture.customer($0, phone: "+1 555 0100", at: $0) },
        changed: { customer in
            var changed = customer
            changed.email = "changed.\(customer.email)"
            changed.name = nil
            changed.phone = "+44 20 7946 0000"
            changed.company = "Acme"
            changed.customFields = ["tier": .string("gold")]
            changed.updatedAt = Fixture.date(3600)
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertCustomer, update: Mutation.updateCustomer,
        delete: { .deleteCustomer($0.id, expectedVersion: $1, cascade: false) },
        read: { store, customer in
            try await store.customer(customer.id).map { ReadBack(record: $0.value, version: $0.version) }
        }
    )
}

extension RecordKind<User> {
    static let user = RecordKind(
        name: "user", dependencies: [],
        sample: { Fixture.user($0, at: $0) },
        changed: { user in
            var changed = user
            changed.email = "changed.\(user.email)"
            changed.name = "Renamed"
            changed.role = .admin
            changed.isActive = false
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertUser, update: Mutation.updateUser, delete: nil,
        read: { store, user in try await store.user(user.id).map { ReadBack(record: $0.value, version: $0.version) } }
    )
}

extension RecordKind<Tag> {
    static let tag = RecordKind(
        name: "tag", dependencies: [],
        sample: { Fixture.tag($0, at: $0) },
        changed: { tag in
            var changed = tag
            changed.name = "renamed-\(tag.name)"
            changed.color = "#12ab34"
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertTag, update: Mutation.updateTag,
        delete: { .deleteTag($0.id, expectedVersion: $1) },
        read: { store, tag in try await store.tag(tag.id).map { ReadBack(record: $0.value, version: $0.version) } }
    )
}

extension RecordKind<ArticleCollection> {
    static let collection = RecordKind(
        name: "collection", dependencies: [],
        sample: { Fixture.collection($0, at: $0) },
        changed: { collection in
            var changed = collection
            changed.name += " (renamed)"
            changed.description = "Answers"
            changed.updatedAt = Fixture.date(3600)
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertCollection, update: Mutation.updateCollection,
        delete: { .deleteCollection($0.id, expectedVersion: $1) },
        read: { store, collection in
            try await store.collection(collection.id).map { ReadBack(record: $0.value, version: $0.version) }
        }
    )
}

extension RecordKind<Article> {
    static let article = RecordKind(
        name: "article",
        dependencies: [.insertCollection(Fixture.collection(1)), .insertCollection(Fixture.collection(2))],
        sample: { Fixture.article($0, collection: 1, at: $0) },
        changed: { article in
            var changed = article
            changed.title += " (edited)"
            changed.body = "  kept *as given*\n"
            changed.collectionID = nil
            changed.status = .published
            changed.publishedAt = Fixture.date(3600, milliseconds: 500)
            changed.updatedAt = Fixture.date(3600, milliseconds: 500)
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertArticle, update: Mutation.updateArticle,
        delete: { .deleteArticle($0.id, expectedVersion: $1) },
        read: { store, article in
            try await store.article(article.id).map { ReadBack(record: $0.value, version: $0.version) }
        }
    )
}

extension RecordKind<APIKey> {
    static let apiKey = RecordKind(
        name: "api_key",
        dependencies: [.insertUser(Fixture.user(1)), .insertCustomer(Fixture.customer(1))],
        sample: { Fixture.apiKey($0, owner: .user(Fixture.userID(1))) },
        changed: { key in
            var changed = key
            changed.name = nil
            changed.owner = .customer(Fixture.customerID(1))
            changed.digest = String(key.digest.reversed())
            return changed
        },
        id: \.id.rawValue, insert: Mutation.insertAPIKey, update: nil, delete: nil,
        read: { store, key in try await store.apiKey(digest: key.digest).map { ReadBack(record: $0, version: nil) } }
    )
}
