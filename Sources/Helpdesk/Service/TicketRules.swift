/// Rules about tickets that need no store.
enum TicketRules {
    /// Throws `BAD_REQUEST` naming `status` for a closed ticket: closed is final.
    static func requireOpenForChanges(_ ticket: TicketRecord) throws(HelpdeskError) {
        if ticket.status == .closed {
            throw HelpdeskError(
                .badRequest, "The ticket is closed; a closed ticket cannot be changed or replied to",
                fields: ["status": "is closed, which is final"])
        }
    }

    /// The wire names of the fields that differ, sorted.
    static func changedFields(from old: TicketRecord, to new: TicketRecord) -> [String] {
        var fields: [String] = []
        if old.subject != new.subject { fields.append("subject") }
        if old.description != new.description { fields.append("description") }
        if old.summary != new.summary { fields.append("summary") }
        if old.status != new.status { fields.append("status") }
        if old.priority != new.priority { fields.append("priority") }
        if old.assigneeID != new.assigneeID { fields.append("assignee") }
        if old.tags != new.tags { fields.append("tags") }
        if old.customFields != new.customFields { fields.append("custom_fields") }
        return fields.sorted()
    }
}
