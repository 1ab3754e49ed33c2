extension Ticket {
    /// The wire JSON of ``encode(to:asListItem:)``, written directly; members in sorted key order.
    func writeJSON(to output: inout [UInt8], asListItem: Bool) {
        JSONObjectWriter.write(to: &output) { json in
            // Plain calls, not an optional closure: that would be allocated for every ticket.
            if let assignee {
                json.object("assignee") { person in
                    person.string("email", assignee.email)
                    person.string("id", assignee.id.rawValue)
                    person.string("name", assignee.name)
                }
            } else {
                json.null("assignee")
            }
            json.date("created_at", createdAt)
            if !asListItem { json.value("custom_fields", .object(customFields)) }
            json.object("customer") { person in
                person.string("email", customer.email)
                person.string("id", customer.id.rawValue)
                person.string("name", orNull: customer.name)
            }
            if !asListItem { json.string("description", description) }
            json.string("id", id.rawValue)
            json.string("priority", priority.rawValue)
            json.string("status", status.rawValue)
            json.string("subject", subject)
            json.string("summary", orNull: summary)
            json.strings("tags", tags)
            json.date("updated_at", updatedAt)
        }
    }
}

extension Ticket: WireJSON {
    func writeJSON(to output: inout [UInt8]) { writeJSON(to: &output, asListItem: false) }
}

extension TicketListItem: WireJSON {
    func writeJSON(to output: inout [UInt8]) { ticket.writeJSON(to: &output, asListItem: true) }
}
