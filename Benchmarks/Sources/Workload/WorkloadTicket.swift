public import Helpdesk

/// One generated ticket, as both sides of the benchmark load it.
public struct WorkloadTicket: Sendable, Hashable {
    /// 0-based position in the generator's sequence.
    public var index: Int
    /// Tag numbers (`tag00` … `tag49`), distinct, in the order drawn.
    public var tags: [Int]
    public var status: TicketStatus
    public var priority: TicketPriority
    /// Agent number 1…200, or `nil` when unassigned.
    public var assignee: Int?
    /// Customer number 1…N/10.
    public var customer: Int
    /// Seconds since 1970.
    public var createdAt: Int64
    /// Seconds since 1970.
    public var updatedAt: Int64
    public var subject: String
    public var description: String

    /// `tkt_` and the 1-based number, padded to 7 digits.
    public var id: String { WorkloadNames.ticket(index) }
}

/// The workload's names for its records.
public enum WorkloadNames {
    /// `tkt_0000001` for index 0.
    public static func ticket(_ index: Int) -> String { "tkt_" + padded(index + 1, to: 7) }
    /// `user_0001` for agent 1.
    public static func agent(_ number: Int) -> String { "user_" + padded(number, to: 4) }
    /// `cust_000001` for customer 1.
    public static func customer(_ number: Int) -> String { "cust_" + padded(number, to: 6) }
    /// `tag07` for tag 7.
    public static func tag(_ number: Int) -> String { "tag" + padded(number, to: 2) }
    /// `w0042` for word 42.
    public static func word(_ number: Int) -> String { "w" + padded(number, to: 4) }

    static func padded(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
