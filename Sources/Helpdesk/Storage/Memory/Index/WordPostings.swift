/// The search words of many tickets gathered at once, each word with the rows that hold it:
/// how a bulk insert builds its postings before adding each word's rows to its set in one go.
///
/// Words are looked up by their folded UTF-8 bytes in an open-addressing table, so a word
/// seen before costs a hash of a few bytes and no `String`: an import of a million tickets
/// reads about sixty million word occurrences.
struct WordPostings {
    /// The distinct words, in the order first seen.
    private(set) var words: [String] = []
    /// The rows of each word, in the order added, each once.
    private(set) var rows: [[Int32]] = []

    /// The words' bytes back to back: word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Each word's last row, so that a repeat in one ticket is told without reading `rows`.
    private var lastRows: [Int32] = []
    /// Entry numbers by hash, `-1` where empty; its count is a power of two.
    private var table = [Int32](repeating: -1, count: 1 << 12)
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
        let hash = Self.hash(word, seed: seed)
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(table[slot])
            if entry < 0 { break }
            if hashes[entry] == hash, holds(entry, word) {
                if lastRows[entry] != row {
                    lastRows[entry] = row
                    rows[entry].append(row)
                }
                return
            }
            slot = (slot + 1) & mask
        }
        table[slot] = Int32(words.count)
        hashes.append(hash)
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
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(entry)
        }
    }

    /// FNV-1a over the bytes from a random start, then MurmurHash3's finalizer so that the
    /// low bits, which pick the slot, depend on every byte.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }
}
