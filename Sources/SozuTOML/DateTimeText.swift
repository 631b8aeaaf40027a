/// TOML's dates and times, checked for shape and ranges.
enum DateTimeText {
    static func isDate(_ token: [UInt8]) -> Bool {
        guard token.count == 10, token[4] == UInt8(ascii: "-"), token[7] == UInt8(ascii: "-"),
            let month = number(token[5..<7]), let day = number(token[8..<10]), number(token[0..<4]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func isTime(_ token: ArraySlice<UInt8>) -> Bool {
        let start = token.startIndex
        guard token.count >= 8,
            token[start + 2] == UInt8(ascii: ":"), token[start + 5] == UInt8(ascii: ":"),
            let hour = number(token[start..<(start + 2)]), let minute = number(token[(start + 3)..<(start + 5)]),
            let second = number(token[(start + 6)..<(start + 8)]),
            hour < 24, minute < 60, second <= 60
        else { return false }
        let fraction = token[(start + 8)...]
        if fraction.isEmpty { return true }
        return fraction.first == UInt8(ascii: ".") && fraction.count > 1 && number(fraction.dropFirst()) != nil
    }

    static func isDateTime(_ token: [UInt8]) -> Bool {
        if isDate(token) { return true }
        if isTime(token[...]) { return true }
        guard token.count >= 19, isDate(Array(token[0..<10])) else { return false }
        let separator = token[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else { return false }
        var time = token[11...]
        if let last = time.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
            time = time.dropLast()
        } else if time.count >= 14, let signAt = time.index(time.endIndex, offsetBy: -6, limitedBy: time.startIndex),
            time[signAt] == UInt8(ascii: "+") || time[signAt] == UInt8(ascii: "-")
        {
            let offset = time[(signAt + 1)...]
            guard offset.count == 5, offset[offset.startIndex + 2] == UInt8(ascii: ":"),
                let hours = number(offset.prefix(2)), let minutes = number(offset.suffix(2)), hours < 24, minutes < 60
            else { return false }
            time = time[..<signAt]
        }
        return isTime(time)
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
