import Foundation
import SozuCodec
import SozuProto

extension Command_CustomHttpAnswers {
    mutating func set(_ newValue: String, forCode code: String) {
        switch code {
        case "301": answer301 = newValue
        case "400": answer400 = newValue
        case "401": answer401 = newValue
        case "404": answer404 = newValue
        case "408": answer408 = newValue
        case "413": answer413 = newValue
        case "421": answer421 = newValue
        case "502": answer502 = newValue
        case "503": answer503 = newValue
        case "504": answer504 = newValue
        case "507": answer507 = newValue
        case "429": answer429 = newValue
        default: break
        }
    }
}
