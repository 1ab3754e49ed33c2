/// The search words of many tickets gathered at once, each word with the rows that hold it:
/// how a bulk insert builds its postings before adding each word's rows to its set in one go.
///
/// Words are looked up by their folded UTF-8 bytes in an open-addressing table, so a word
/// seen before costs a hash of a few bytes and no `String`: an import of a million tickets
/// reads about sixty million word occurrences. A word of up to seven bytes is its own key in
/// the table (its bytes and its length in one integer), so finding it reads one slot.
struct WordPostings {
    /// The distinct words, in the order first seen.
    private(set) var words: [String] = []
    /// The rows of each word, in the order added, each once.
    private(set) var rows: [[Int32]] = []

    /// The words' bytes back to back: word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Each word's key (see ``key(of:seed:)``), read only to place the words again.
    private var keys: [UInt64] = []
    /// Each word's last row, so that a repeat in one ticket is told without reading `rows`.
    private var lastRows: [Int32] = []
    /// The words' slots, placed by their keys; its count is a power of two.
    private var table = [Slot](repeating: Slot(key: 0, entry: -1), count: 1 << 12)
    private let seed = UInt64.random(in: .min ... .max)

    /// Scratch space of ``add(wordsOf:row:)``, kept between calls.
    private var spans: [SearchWords.ASCIIWordSpan] = []
    private var folded: [UInt8] = []

    init() {}

    /// Adds the search words of a ticket (subject, summary and description) to `row`.
    mutating func add(_ ticket: TicketRecord, row: Int32) {
        add(wordsOf: ticket.subject, row: row)
        if let summary = ticket.summary { add(wordsOf: summary, row: row) }
        add(wordsOf: ticket.description, row: row)
    }

    /// Adds the words of `text` to `row`: ASCII text read byte by byte, any other through
    /// ``SearchWords/unicodeWords(in:)``; the same words as ``SearchWords/words(in:)``.
    mutating func add(wordsOf text: String, row: Int32) {
        var text = text
        let readAsASCII = text.withUTF8 { bytes -> Bool in
            guard SearchWords.asciiWordSpans(in: bytes, into: &spans) else { return false }
            for span in spans {
                let word = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
                if span.folds {
                    folded.removeAll(keepingCapacity: true)
                    for byte in word { folded.append(SearchWords.folded(byte)) }
                    let word = folded  // a copy of the reference, so that `add` may change `self`
                    word.withUnsafeBufferPointer { add(word: $0, row: row) }
                } else {
                    add(word: word, row: row)
                }
            }
            return true
        }
        guard !readAsASCII else { return }
        for word in SearchWords.unicodeWords(in: text) {
            var word = word
            word.withUTF8 { add(word: $0, row: row) }
        }
    }

    /// Adds one folded word to `row`.
    mutating func add(word: UnsafeBufferPointer<UInt8>, row: Int32) {
        let key = Self.key(of: word, seed: seed)
        let mask = table.count - 1
        var slot = Self.slot(of: key, seed: seed) & mask
        while true {
            let found = table[slot]
            if found.entry < 0 { break }
            let entry = Int(found.entry)
            if found.key == key, word.count <= Self.longestKeyWord || holds(entry, word) {
                if lastRows[entry] != row {
                    lastRows[entry] = row
                    rows[entry].append(row)
                }
                return
            }
            slot = (slot + 1) & mask
        }
        table[slot] = Slot(key: key, entry: Int32(words.count))
        keys.append(key)
        lastRows.append(row)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        words.append(String(decoding: word, as: UTF8.self))
        rows.append([row])
        if words.count * 2 > table.count { grow() }
    }

    private func holds(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        guard starts[entry + 1] - start == word.count else { return false }
        for (offset, byte) in word.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    /// Doubles the table, placing every entry again.
    private mutating func grow() {
        table = [Slot](repeating: Slot(key: 0, entry: -1), count: table.count * 2)
        let mask = table.count - 1
        for (entry, key) in keys.enumerated() {
            var slot = Self.slot(of: key, seed: seed) & mask
            while table[slot].entry >= 0 { slot = (slot + 1) & mask }
            table[slot] = Slot(key: key, entry: Int32(entry))
        }
    }

    /// A place in the table: a word's key and its entry number, `-1` where empty.
    private struct Slot {
        var key: UInt64
        var entry: Int32
    }

    /// The longest word that is its own key.
    private static var longestKeyWord: Int { 7 }

    /// A word of up to seven bytes is its bytes, with its length in the top byte: two words
    /// have the same key exactly when they are the same. A longer one is a hash of its bytes
    /// (FNV-1a from a random start) with the top byte all ones, which no short word has.
    private static func key(of word: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        if word.count <= longestKeyWord {
            var key = UInt64(word.count) << 56
            for (offset, byte) in word.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
            return key
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash | 0xFF << 56
    }

    /// Where a key's search for a slot starts: MurmurHash3's finalizer of the key and the seed,
    /// so that the low bits, which pick the slot, depend on every bit of the key.
    private static func slot(of key: UInt64, seed: UInt64) -> Int {
        var hash = key ^ seed
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
    }
}
