/// The primitive writes: each sets one entry to a new value (or removes it),
/// keeps the indexes current, and records how to set it back.
extension MemoryState {
    mutating func putTicket(_ ticket: Stored<TicketRecord>, undo: inout UndoLog) {
        let old = setTicket(ticket.value.id, to: ticket)
        undo.record { $0.setTicket(ticket.value.id, to: old) }
    }

    /// Removes a ticket and its conversations.
    mutating func removeTicket(_ id: TicketID, undo: inout UndoLog) {
        for conversationID in conversationsByTicket[id] ?? [] {
            let old = setConversation(conversationID, to: nil)
            undo.record { $0.setConversation(conversationID, to: old) }
        }
        let old = setTicket(id, to: nil)
        undo.record { $0.setTicket(id, to: old) }
    }

    mutating func putConversation(_ conversation: Conversation, undo: inout UndoLog) {
        let old = setConversation(conversation.id, to: conversation)
        undo.record { $0.setConversation(conversation.id, to: old) }
    }

    mutating func putCustomer(_ customer: Stored<Customer>, undo: inout UndoLog) throws(StorageError) {
        let key = customer.value.email.lowercased()
        if let owner = customerByEmail[key], owner != customer.value.id {
            throw .duplicate(kind: "customer", field: "email", value: customer.value.email)
        }
        let old = setCustomer(customer.value.id, to: customer)
        undo.record { $0.setCustomer(customer.value.id, to: old) }
    }

    mutating func removeCustomer(_ id: CustomerID, undo: inout UndoLog) {
        let old = setCustomer(id, to: nil)
        undo.record { $0.setCustomer(id, to: old) }
    }

    mutating func putUser(_ user: Stored<User>, undo: inout UndoLog) throws(StorageError) {
        if let owner = userByEmail[user.value.email.lowercased()], owner != user.value.id {
            throw .duplicate(kind: "user", field: "email", value: user.value.email)
        }
        let old = setUser(user.value.id, to: user)
        undo.record { $0.setUser(user.value.id, to: old) }
    }

    mutating func putTag(_ tag: Stored<Tag>, undo: inout UndoLog) throws(StorageError) {
        if let owner = tagByName[tag.value.name], owner != tag.value.id {
            throw .duplicate(kind: "tag", field: "name", value: tag.value.name)
        }
        let old = setTag(tag.value.id, to: tag)
        undo.record { $0.setTag(tag.value.id, to: old) }
    }

    mutating func removeTag(_ id: TagID, undo: inout UndoLog) {
        let old = setTag(id, to: nil)
        undo.record { $0.setTag(id, to: old) }
    }

    /// Renames a tag on every ticket that carries it, or takes it off (`newName` nil).
    mutating func retag(from oldName: String, to newName: String?, undo: inout UndoLog) {
        for id in tickets.ticketIDs(taggedWith: oldName) {
            guard var ticket = tickets[id] else { continue }
            var names: [String] = []
            for name in ticket.value.tags {
                let renamed = name == oldName ? newName : name
                if let renamed, !names.contains(renamed) { names.append(renamed) }
            }
            ticket.value.tags = names
            ticket.version += 1
            putTicket(ticket, undo: &undo)
        }
    }

    mutating func putAPIKey(_ key: APIKey, undo: inout UndoLog) {
        apiKeys[key.digest] = key
        apiKeyIDs.insert(key.id)
        undo.record { $0.removeAPIKeyEntry(key) }
    }

    mutating func removeAPIKey(_ key: APIKey, undo: inout UndoLog) {
        removeAPIKeyEntry(key)
        undo.record { state in
            state.apiKeys[key.digest] = key
            state.apiKeyIDs.insert(key.id)
        }
    }

    private mutating func removeAPIKeyEntry(_ key: APIKey) {
        apiKeys[key.digest] = nil
        apiKeyIDs.remove(key.id)
    }

    mutating func putCollection(_ collection: Stored<ArticleCollection>, undo: inout UndoLog) {
        let old = collections.updateValue(collection, forKey: collection.value.id)
        undo.record { $0.collections[collection.value.id] = old }
    }

    mutating func removeCollection(_ id: CollectionID, undo: inout UndoLog) {
        let old = collections.removeValue(forKey: id)
        undo.record { $0.collections[id] = old }
    }

    /// Puts `article` with its search words (folded here when `words` is nil).
    mutating func putArticle(_ article: Stored<Article>, words: SearchWordList?, undo: inout UndoLog) {
        let id = article.value.id
        let oldWords = articleWords[id]
        let old = setArticle(id, to: article, words: words ?? ArticleQuery.searchWords(of: article.value))
        undo.record { $0.setArticle(id, to: old, words: oldWords) }
    }

    mutating func removeArticle(_ id: ArticleID, undo: inout UndoLog) {
        let oldWords = articleWords[id]
        let old = setArticle(id, to: nil, words: nil)
        undo.record { $0.setArticle(id, to: old, words: oldWords) }
    }
}

/// Setting one entry and its indexes; each answers the entry it replaced.
extension MemoryState {
    @discardableResult
    mutating func setTicket(_ id: TicketID, to new: Stored<TicketRecord>?) -> Stored<TicketRecord>? {
        tickets.set(id, to: new)
    }

    @discardableResult
    mutating func setConversation(_ id: ConversationID, to new: Conversation?) -> Conversation? {
        let old = conversations[id]
        if let old { conversationsByTicket[old.ticketID]?.remove(id) }
        if let new { conversationsByTicket[new.ticketID, default: []].insert(id) }
        conversations[id] = new
        return old
    }

    @discardableResult
    mutating func setCustomer(_ id: CustomerID, to new: Stored<Customer>?) -> Stored<Customer>? {
        let old = customers[id]
        if let old { customerByEmail[old.value.email.lowercased()] = nil }
        if let new { customerByEmail[new.value.email.lowercased()] = id }
        customers[id] = new
        return old
    }

    @discardableResult
    mutating func setUser(_ id: UserID, to new: Stored<User>?) -> Stored<User>? {
        let old = users[id]
        if let old { userByEmail[old.value.email.lowercased()] = nil }
        if let new { userByEmail[new.value.email.lowercased()] = id }
        users[id] = new
        return old
    }

    @discardableResult
    mutating func setTag(_ id: TagID, to new: Stored<Tag>?) -> Stored<Tag>? {
        let old = tags[id]
        if let old { tagByName[old.value.name] = nil }
        if let new { tagByName[new.value.name] = id }
        tags[id] = new
        return old
    }

    @discardableResult
    mutating func setArticle(_ id: ArticleID, to new: Stored<Article>?, words: SearchWordList?) -> Stored<Article>? {
        let old = articles[id]
        if let collection = old?.value.collectionID { articleCountByCollection[collection, default: 0] -= 1 }
        if let collection = new?.value.collectionID { articleCountByCollection[collection, default: 0] += 1 }
        articles[id] = new
        articleWords[id] = words
        return old
    }
}
