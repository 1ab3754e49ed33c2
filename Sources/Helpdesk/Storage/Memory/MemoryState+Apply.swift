/// Applying mutations to the state. Each primitive change records how to undo
/// itself, so that a failing change set leaves the state as it was without
/// copying it.
struct UndoLog {
    private(set) var steps: [(inout MemoryState) -> Void] = []

    mutating func record(_ step: @escaping (inout MemoryState) -> Void) { steps.append(step) }

    func rollBack(_ state: inout MemoryState) {
        for step in steps.reversed() { step(&state) }
    }
}

extension MemoryState {
    /// Applies all of `changes`, or none of them. `articleWords` holds the search words of the
    /// articles it writes, folded beforehand (see ``searchWords(ofArticlesIn:)``); an article
    /// missing from it has its words folded here.
    mutating func apply(
        _ changes: ChangeSet, articleWords: [ArticleID: SearchWordList] = [:]
    ) throws(StorageError) {
        var undo = UndoLog()
        do {
            let mutations = changes.mutations
            var index = mutations.startIndex
            while index < mutations.endIndex {
                // A run of ticket inserts (often none), then the mutation after it.
                let end = index + Self.ticketInsertCount(in: mutations, from: index)
                if end - index >= Self.bulkInsertMinimum {
                    try insertTickets(mutations[index..<end], undo: &undo)
                } else {
                    for mutation in mutations[index..<end] {
                        try apply(mutation, articleWords: articleWords, undo: &undo)
                    }
                }
                if end < mutations.endIndex { try apply(mutations[end], articleWords: articleWords, undo: &undo) }
                index = end + 1
            }
        } catch {
            undo.rollBack(&self)
            throw error
        }
    }

    /// The shortest run of ticket inserts applied as one bulk insert (an import's).
    static let bulkInsertMinimum = 16

    /// How many `insertTicket`s follow one another from `start`.
    private static func ticketInsertCount(in mutations: [Mutation], from start: Int) -> Int {
        var end = start
        while end < mutations.endIndex, case .insertTicket = mutations[end] { end += 1 }
        return end - start
    }

    /// Applies a run of `insertTicket`s as ``TicketTable/insertAll(_:)``. They are checked
    /// first, with the error one by one would stop at: the first ticket whose id is taken or
    /// whose references name nothing. A long run's references are checked on another thread
    /// while this one checks the ids.
    private mutating func insertTickets(_ run: ArraySlice<Mutation>, undo: inout UndoLog) throws(StorageError) {
        let inserted = run.compactMap { mutation -> TicketRecord? in
            guard case .insertTicket(let ticket) = mutation else { return nil }
            return ticket
        }
        let references = ticketReferences
        let referenceCheck =
            ParallelParts.count(for: inserted.count) > 1 ? ThreadWork { references.firstFailure(in: inserted) } : nil
        let takenID = firstTakenID(in: inserted)
        // Not `referenceCheck?.wait() ?? …`: that would check again here whenever the other
        // thread found nothing wrong.
        let missingReference =
            if let referenceCheck { referenceCheck.wait() } else { references.firstFailure(in: inserted) }
        // One by one, a ticket's id is checked before its references.
        if let takenID, takenID.offset <= missingReference?.offset ?? .max { throw takenID.error }
        if let missingReference { throw missingReference.error }
        tickets.insertAll(inserted.map { Stored($0, version: 1) })
        let ids = inserted.map(\.id)
        undo.record { state in
            for id in ids.reversed() { state.setTicket(id, to: nil) }
        }
    }

    /// The first of `inserted` whose id the table or an earlier one of them has, by offset.
    private func firstTakenID(in inserted: [TicketRecord]) -> (offset: Int, error: StorageError)? {
        var ids = Set<TicketID>(minimumCapacity: inserted.count)
        for (offset, ticket) in inserted.enumerated()
        where tickets.contains(ticket.id) || !ids.insert(ticket.id).inserted {
            return (offset, .idTaken(kind: "ticket", id: ticket.id.rawValue))
        }
        return nil
    }

    /// The search words of every article that `changes` inserts or updates.
    static func searchWords(ofArticlesIn changes: ChangeSet) -> [ArticleID: SearchWordList] {
        var words: [ArticleID: SearchWordList] = [:]
        for mutation in changes.mutations {
            switch mutation {
            case .insertArticle(let article), .updateArticle(let article, _):
                words[article.id] = ArticleQuery.searchWords(of: article)
            default: break
            }
        }
        return words
    }

    private mutating func apply(
        _ mutation: Mutation, articleWords: [ArticleID: SearchWordList], undo: inout UndoLog
    ) throws(StorageError) {
        switch mutation {
        case .insertTicket(let ticket):
            guard tickets[ticket.id] == nil else { throw .idTaken(kind: "ticket", id: ticket.id.rawValue) }
            try checkReferences(of: ticket)
            putTicket(Stored(ticket, version: 1), undo: &undo)
        case .updateTicket(let ticket, let expected):
            let current = try existing(tickets[ticket.id], kind: "ticket", id: ticket.id.rawValue, expected: expected)
            try checkReferences(of: ticket)
            putTicket(Stored(ticket, version: current.version + 1), undo: &undo)
        case .deleteTicket(let id, let expected):
            _ = try existing(tickets[id], kind: "ticket", id: id.rawValue, expected: expected)
            removeTicket(id, undo: &undo)

        case .insertConversation(let conversation):
            guard conversations[conversation.id] == nil else {
                throw .idTaken(kind: "conversation", id: conversation.id.rawValue)
            }
            guard tickets[conversation.ticketID] != nil else {
                throw .missingReference(field: "ticket_id", id: conversation.ticketID.rawValue)
            }
            putConversation(conversation, undo: &undo)

        case .insertCustomer(let customer):
            guard customers[customer.id] == nil else { throw .idTaken(kind: "customer", id: customer.id.rawValue) }
            try putCustomer(Stored(customer, version: 1), undo: &undo)
        case .updateCustomer(let customer, let expected):
            let current = try existing(
                customers[customer.id], kind: "customer", id: customer.id.rawValue, expected: expected)
            try putCustomer(Stored(customer, version: current.version + 1), undo: &undo)
        case .deleteCustomer(let id, let expected, let cascade):
            _ = try existing(customers[id], kind: "customer", id: id.rawValue, expected: expected)
            let owned = tickets.ticketIDs(ofCustomer: id)
            guard owned.isEmpty || cascade else { throw .hasDependents("the customer has \(owned.count) tickets") }
            for ticketID in owned { removeTicket(ticketID, undo: &undo) }
            for key in apiKeys.values where key.owner == .customer(id) { removeAPIKey(key, undo: &undo) }
            removeCustomer(id, undo: &undo)

        case .insertUser(let user):
            guard users[user.id] == nil else { throw .idTaken(kind: "user", id: user.id.rawValue) }
            try putUser(Stored(user, version: 1), undo: &undo)
        case .updateUser(let user, let expected):
            let current = try existing(users[user.id], kind: "user", id: user.id.rawValue, expected: expected)
            try putUser(Stored(user, version: current.version + 1), undo: &undo)

        case .insertTag(let tag):
            guard tags[tag.id] == nil else { throw .idTaken(kind: "tag", id: tag.id.rawValue) }
            try putTag(Stored(tag, version: 1), undo: &undo)
        case .updateTag(let tag, let expected):
            let current = try existing(tags[tag.id], kind: "tag", id: tag.id.rawValue, expected: expected)
            let oldName = current.value.name
            try putTag(Stored(tag, version: current.version + 1), undo: &undo)
            if oldName != tag.name { retag(from: oldName, to: tag.name, undo: &undo) }
        case .deleteTag(let id, let expected):
            let current = try existing(tags[id], kind: "tag", id: id.rawValue, expected: expected)
            retag(from: current.value.name, to: nil, undo: &undo)
            removeTag(id, undo: &undo)

        case .insertCollection(let collection):
            guard collections[collection.id] == nil else {
                throw .idTaken(kind: "collection", id: collection.id.rawValue)
            }
            putCollection(Stored(collection, version: 1), undo: &undo)
        case .updateCollection(let collection, let expected):
            let current = try existing(
                collections[collection.id], kind: "collection", id: collection.id.rawValue, expected: expected)
            putCollection(Stored(collection, version: current.version + 1), undo: &undo)
        case .deleteCollection(let id, let expected):
            _ = try existing(collections[id], kind: "collection", id: id.rawValue, expected: expected)
            let count = articleCountByCollection[id, default: 0]
            guard count == 0 else { throw .collectionHolds(articles: count) }
            removeCollection(id, undo: &undo)

        case .insertArticle(let article):
            guard articles[article.id] == nil else { throw .idTaken(kind: "article", id: article.id.rawValue) }
            try checkCollection(article.collectionID)
            putArticle(Stored(article, version: 1), words: articleWords[article.id], undo: &undo)
        case .updateArticle(let article, let expected):
            let current = try existing(
                articles[article.id], kind: "article", id: article.id.rawValue, expected: expected)
            try checkCollection(article.collectionID)
            putArticle(Stored(article, version: current.version + 1), words: articleWords[article.id], undo: &undo)
        case .deleteArticle(let id, let expected):
            _ = try existing(articles[id], kind: "article", id: id.rawValue, expected: expected)
            removeArticle(id, undo: &undo)

        case .insertAPIKey(let key):
            guard !apiKeyIDs.contains(key.id) else { throw .idTaken(kind: "api_key", id: key.id.rawValue) }
            guard apiKeys[key.digest] == nil else { throw .duplicate(kind: "api_key", field: "digest", value: "") }
            switch key.owner {
            case .user(let id) where users[id] == nil: throw .missingReference(field: "user_id", id: id.rawValue)
            case .customer(let id) where customers[id] == nil:
                throw .missingReference(field: "customer_id", id: id.rawValue)
            default: break
            }
            putAPIKey(key, undo: &undo)

        case .appendEvent(let event):
            appendEvent(event, undo: &undo)
        case .pruneHistory(let date):
            pruneHistory(before: date, undo: &undo)
        case .advanceRelay(let from, let to):
            let previous = try advanceRelay(from: from, to: to)
            undo.record { $0.outbox.relayPosition = previous }

        case .insertWebhook(let webhook):
            guard outbox.webhooks[webhook.id] == nil else { throw .idTaken(kind: "webhook", id: webhook.id.rawValue) }
            putWebhook(Stored(webhook, version: 1), undo: &undo)
        case .updateWebhook(let webhook, let expected):
            let current = try existing(
                outbox.webhooks[webhook.id], kind: "webhook", id: webhook.id.rawValue, expected: expected)
            putWebhook(Stored(webhook, version: current.version + 1), undo: &undo)
        case .deleteWebhook(let id, let expected):
            _ = try existing(outbox.webhooks[id], kind: "webhook", id: id.rawValue, expected: expected)
            removeWebhook(id, undo: &undo)

        case .insertDelivery(let delivery):
            guard outbox.deliveries[delivery.id] == nil else {
                throw .idTaken(kind: "delivery", id: delivery.id.rawValue)
            }
            guard outbox.webhooks[delivery.webhookID] != nil else {
                throw .missingReference(field: "webhook_id", id: delivery.webhookID.rawValue)
            }
            setDelivery(delivery.id, to: Stored(delivery, version: 1), undo: &undo)
        case .updateDelivery(let delivery, let expected):
            let current = try existing(
                outbox.deliveries[delivery.id], kind: "delivery", id: delivery.id.rawValue, expected: expected)
            setDelivery(delivery.id, to: Stored(delivery, version: current.version + 1), undo: &undo)
        }
    }

    private func existing<Value>(_ stored: Stored<Value>?, kind: String, id: String, expected: Int?)
        throws(StorageError) -> Stored<Value>
    {
        guard let stored else { throw .notFound(kind: kind, id: id) }
        if let expected, expected != stored.version { throw .versionMismatch(kind: kind, id: id) }
        return stored
    }

    private func checkReferences(of ticket: TicketRecord) throws(StorageError) {
        try ticketReferences.check(ticket)
    }

    private func checkCollection(_ id: CollectionID?) throws(StorageError) {
        if let id, collections[id] == nil { throw .missingReference(field: "collection_id", id: id.rawValue) }
    }
}
