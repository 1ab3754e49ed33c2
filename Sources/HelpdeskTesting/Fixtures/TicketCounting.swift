/// Records that show a live `ticketCount`: customers and tags.
protocol TicketCounting {
    var ticketCount: Int { get set }
}

extension Customer: TicketCounting {}
extension Tag: TicketCounting {}

/// `record` as a read shows it when `count` tickets refer to it.
func withCount<Record: TicketCounting>(_ record: Record, _ count: Int) -> Record {
    var copy = record
    copy.ticketCount = count
    return copy
}
