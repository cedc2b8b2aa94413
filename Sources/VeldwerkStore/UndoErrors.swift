/// Why one change cannot be reverted now. The commands word it; the store only names what blocks.
public struct UndoConflict: Error, Equatable, Sendable {
    public enum Reason: String, Sendable {
        /// A row the change wrote no longer holds what it wrote: `blocker` changed it since.
        case laterChange = "later-change"
        /// A row the change wrote was touched since by `blocker`, which is still in effect.
        case touchedSince = "touched-since"
        /// Reverting would take away a row that `blocker` refers to (a participant in a team, say).
        case dependsOnIt = "depends"
        /// Reverting would put back a row whose parent `blocker` removed since.
        case parentGone = "parent-gone"
        /// A row differs and no logged change explains it.
        case outsideHistory = "outside"
        /// Recorded before rows were kept: there is nothing to compare or put back.
        case noImages = "no-images"
        /// Putting rows back clashes with a uniqueness rule (`detail` names it).
        case constraint
    }

    /// The change that was to be reverted.
    public var target: ChangeEntry
    public var reason: Reason
    /// The later change in the way, when one is known.
    public var blocker: ChangeEntry?
    /// The table of the row in question.
    public var table: String?
    public var detail: String?
}

/// What can go wrong when asking for an undo or redo.
public enum UndoError: Error, Equatable, Sendable {
    /// Nothing of this researcher's can be reverted; `passedOver` says what was tried and why not.
    case nothingToUndo(actor: String?, passedOver: [UndoConflict])
    case nothingToRedo(actor: String?, passedOver: [UndoConflict])
    case unknownChange(Int64)
    /// Another researcher's change, named without the flag that allows it.
    case notYours(ChangeEntry)
    /// Already reverted, by the change given.
    case alreadyReverted(ChangeEntry, by: Int64)
    case refused(UndoConflict)
}

/// A successful undo or redo.
public struct UndoOutcome: Equatable, Sendable {
    /// The change that was reverted, as it now stands (with `revertedBy` set).
    public var reverted: ChangeEntry
    /// The undo or redo itself, as logged.
    public var record: ChangeEntry
    /// The command it is all about: the reverted change itself, or for an undo or redo of an
    /// undo or redo, the original change at the end of that chain.
    public var subject: ChangeEntry
    /// More recent candidates that could not be reverted, newest first, with the reason.
    public var passedOver: [UndoConflict]
}
