import VeldwerkCore
import VeldwerkStore

/// The one place where errors become the user's one-line sentences, with the command to type next.
public enum ErrorWording {
    public static func message(for error: Error) -> String {
        switch error {
        case let e as VeldwerkError: return e.message
        case let e as StoreError: return message(for: e)
        case let e as UndoError: return UndoWording.error(e, verb: "undo").message
        case let e as UndoConflict: return UndoWording.error(.refused(e), verb: "undo").message
        default: return "\(error)"
        }
    }

    static func message(for e: StoreError) -> String {
        switch e {
        case .unknown(let thing, let name, let nearest, let noneYet):
            let shown = name.allSatisfy(\.isNumber) && !name.isEmpty ? name : "'\(name)'"
            if let nearest { return "unknown \(thing.rawValue) \(shown); did you mean '\(nearest)'?" }
            if noneYet, let add = addCommand(thing) { return "unknown \(thing.rawValue) \(shown); add one with '\(add)'" }
            return "unknown \(thing.rawValue) \(shown); \(listHint(thing))"
        case .exists(.team, let name): return "team '\(name)' exists already; choose another name or see 'team show \(name)'"
        case .exists(.role, let name): return "role '\(name)' exists already; 'role list' shows the roles"
        case .exists(let thing, let name): return "\(thing.rawValue) '\(name)' exists already; \(listHint(thing))"
        case .unknownSubgroup(let fg, let name): return "focus group \(fg) has no subgroup '\(name)'; 'focusgroup show \(fg)' lists them"
        case .emptyA4Sheet(let team): return "the A4 sheet of \(team) is empty; put candidate points on it with 'a4 add' first"
        case .noSuchItem(let fg, let item, let count): return "focus group \(fg) has no item \(item); its items are 1-\(count) ('focusgroup show \(fg)')"
        case .noFocusGroup(let team): return "\(team) has no focus group yet; 'focusgroup add \(team) --date YYYY-MM-DD' first"
        case .themeNotActive(let id, let name, let state):
            return "theme \(id) '\(name)' was \(state); work on the theme\(state == "split" ? "s" : "") it became ('theme list TEAM')"
        case .projectExists(let folder): return "\(folder) already holds a project; open it with 'veldwerk \(folder)'"
        case .noProjectFolder(let folder): return "no project folder \(folder); create one with 'veldwerk init \(folder)'"
        case .noProject(let folder, let file): return "\(folder) holds no Veldwerk project (no \(file)); create one with 'veldwerk init \(folder)'"
        case .emptyProjectFile(let path): return "\(path) is empty, not a Veldwerk project; move it away and run 'veldwerk init'"
        }
    }

    static func addCommand(_ thing: StoreError.Thing) -> String? {
        switch thing {
        case .team, .role, .participant, .researcher, .interview: return "\(thing.rawValue) add"
        case .code: return "codebook add"
        default: return nil
        }
    }

    static func listHint(_ thing: StoreError.Thing) -> String {
        switch thing {
        case .code: return "'codebook show' shows them"
        case .focusGroup: return "'focusgroup list' shows them"
        case .subgroup: return "'focusgroup show FG' lists them"
        case .document: return "'transcript list' and 'log list' show them"
        case .note: return "'log list' shows them"
        case .action: return "'plan show THEME' lists them"
        case .theme: return "'theme list TEAM' shows them with their numbers"
        case .segment: return "'segments CODE' lists them with their numbers"
        default: return "'\(thing.rawValue) list' shows them"
        }
    }
}
