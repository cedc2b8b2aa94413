import VeldwerkCore

/// The words of a team report in Dutch (the default for teams) or English.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case nl, en

    public static func parse(_ text: String) throws -> ReportLanguage {
        guard let l = ReportLanguage(rawValue: text.lowercased()) else { throw VeldwerkError("language '\(text)' is not offered; use nl or en") }
        return l
    }

    /// Labels by key; every template reads its headings from here.
    public var labels: [String: String] {
        switch self {
        case .nl: return [
            "asOf": "Stand op", "phases": "Fasen", "phase": "fase", "phaseOpen": "loopt nog", "verkennen": "verkennen",
            "terugkoppelen": "terugkoppelen", "concretiseren": "concretiseren", "implementeren": "implementeren", "afronden": "afronden",
            "scope": "reikwijdte", "basisteam": "basisteam", "district": "district", "eenheid": "eenheid", "landelijk": "landelijk",
            "expects": "Verwacht", "path": "Verloop", "approved": "Goedgekeurd door", "stopped": "Gestopt", "vacancy": "vacature",
            "roleAsWhole": "functie", "woeHistory": "Eerder", "since": "vanaf",
            "title": "Ontwikkelthema's", "profile": "Profiel van het basisteam", "fte": "Formatie (fte)", "areas": "Werkgebieden",
            "portfolios": "Portefeuilles", "woePosition": "Positie van de WOE", "method": "Hoe de thema's zijn gevonden",
            "interviews": "Interviews per functie", "role": "Functie", "count": "Aantal", "transcripts": "Uitgewerkte interviews",
            "segments": "Gecodeerde fragmenten", "codes": "Codes", "focusGroup": "Focusgroep", "participants": "Deelnemers",
            "subgroups": "Subgroepen", "recognised": "Herkend door", "voted": "Taartpunten verdeeld door", "kendall": "Overeenstemming (Kendall's W)",
            "themes": "Gevalideerde ontwikkelthema's", "theme": "Thema", "rank": "Plaats in de telling", "score": "Score (1,00 = één hele taart)",
            "share": "Aandeel van alle taartpunten", "slicedBy": "Gekozen door", "consensus": "Consensus per subgroep",
            "evidence": "Onderbouwing", "voicedBy": "Genoemd door", "quotes": "Uit de interviews", "notes": "Uit het logboek",
            "history": "Geschiedenis", "plan": "Ontwikkelplan", "noPlan": "Nog geen ontwikkelplan.", "frame": "Probleem in 5 W's",
            "what": "Wat", "who": "Wie", "where": "Waar", "when": "Wanneer", "why": "Waarom", "owner": "Wie", "due": "Gereed",
            "evaluations": "Evaluatie", "timePies": "Tijdsbesteding", "decisions": "Besluiten in de plenaire ronde",
            "fromSession": "Ontstaan in de sessie", "fromFocusGroup": "Gekozen in de focusgroep",
            "sessions": "Sessies na de focusgroep", "attendees": "Aanwezig", "agenda": "Agenda",
            "reviewComments": "Reacties van het team op deze tekst", "colleague": "collega", "otherRoles": "andere rollen", "privacy": "Privacy",
            "introduction": "Inleiding", "gettingStarted": "Aan de slag", "reviewedWith": "Deze tekst is besproken met het team op",
            "presentAtReview": "aanwezig", "synthesis": "Conclusies en aanbevelingen over de teams heen", "conclusion": "Conclusie",
            "recommendation": "Aanbeveling", "restsOn": "rust op", "resolvedOn": "verwerkt op",
            "klopt": "klopt", "klopt-niet": "klopt niet", "aanvulling": "aanvulling", "opmerking": "opmerking",
            "feedback": "Teruggekoppeld, en wat ermee gebeurde", "checkOn": "na te gaan op", "checkedOn": "nagegaan op",
            "followed": "opgevolgd", "partly": "deels opgevolgd", "not-followed": "niet opgevolgd", "unchecked": "nog niet nagegaan",
            "cases": "Casusleren", "timeline": "Tijdlijn", "helping": "Bevorderend", "hindering": "Belemmerend",
            "wentWell": "Wat ging goed", "couldBeBetter": "Wat kan beter", "went-well": "Goed verlopen casus",
            "went-less-well": "Minder goed verlopen casus", "present": "in de sessie", "absent": "vooraf opgehaald", "file": "uit het dossier",
            "ontwikkelbijeenkomst": "ontwikkelbijeenkomst", "meelopen": "meelopen", "overleg": "overleg", "casusleren": "casusleren",
            "terugblik": "terugblik", "begeleidingscommissie": "begeleidingscommissie", "anders": "anders",
            "operational": "Operationeel", "tactical": "Tactisch", "strategic": "Strategisch",
            "idea": "Idee", "started": "Gestart", "realised": "Gerealiseerd", "ongoing": "Nog in ontwikkeling",
            "created": "ontstaan", "renamed": "aangescherpt", "merged": "samengevoegd", "split": "gesplitst", "framed": "beschreven",
            "people": "deelnemers", "of": "van", "none": "geen", "index": "Overzicht per basisteam", "team": "Basisteam",
            "generated": "Gemaakt", "noThemes": "Nog geen gevalideerde thema's.", "pieOf": "aandeel van alle taartpunten", "reason": "reden",
        ]
        case .en: return [
            "asOf": "As of", "phases": "Phases", "phase": "phase", "phaseOpen": "under way", "verkennen": "exploring",
            "terugkoppelen": "feeding back", "concretiseren": "concretising", "implementeren": "implementing", "afronden": "concluding",
            "scope": "scope", "basisteam": "basisteam", "district": "district", "eenheid": "unit", "landelijk": "national",
            "expects": "Expected", "path": "Path", "approved": "Approved by", "stopped": "Stopped", "vacancy": "vacancy",
            "roleAsWhole": "role", "woeHistory": "Before", "since": "from",
            "title": "Development themes", "profile": "Team profile", "fte": "Size (fte)", "areas": "Areas",
            "portfolios": "Portfolios", "woePosition": "Position of the WOE", "method": "How the themes were found",
            "interviews": "Interviews by role", "role": "Role", "count": "Number", "transcripts": "Transcribed interviews",
            "segments": "Coded passages", "codes": "Codes", "focusGroup": "Focus group", "participants": "Participants",
            "subgroups": "Subgroups", "recognised": "Recognised by", "voted": "Pie slices given by", "kendall": "Agreement (Kendall's W)",
            "themes": "Validated development themes", "theme": "Theme", "rank": "Rank in the tally", "score": "Score (1.00 = one whole pie)",
            "share": "Share of all pie slices", "slicedBy": "Chosen by", "consensus": "Consensus per subgroup",
            "evidence": "Evidence", "voicedBy": "Voiced by", "quotes": "From the interviews", "notes": "From the logboek",
            "history": "History", "plan": "Development plan", "noPlan": "No development plan yet.", "frame": "The problem in 5 W's",
            "what": "What", "who": "Who", "where": "Where", "when": "When", "why": "Why", "owner": "Owner", "due": "Due",
            "evaluations": "Evaluation", "timePies": "Time use", "decisions": "Decisions in plenary",
            "fromSession": "Arose in the session", "fromFocusGroup": "Chosen in the focus group",
            "sessions": "Sessions after the focus group", "attendees": "Present", "agenda": "Agenda",
            "reviewComments": "The team's comments on this text", "colleague": "colleague", "otherRoles": "other roles", "privacy": "Privacy",
            "introduction": "Introduction", "gettingStarted": "Getting started", "reviewedWith": "This text was reviewed with the team on",
            "presentAtReview": "present", "synthesis": "Conclusions and recommendations across the teams", "conclusion": "Conclusion",
            "recommendation": "Recommendation", "restsOn": "rests on", "resolvedOn": "handled on",
            "klopt": "right", "klopt-niet": "not right", "aanvulling": "addition", "opmerking": "remark",
            "feedback": "Fed back, and what became of it", "checkOn": "to check on", "checkedOn": "checked on",
            "followed": "followed", "partly": "partly followed", "not-followed": "not followed", "unchecked": "not yet checked",
            "cases": "Case learning", "timeline": "Timeline", "helping": "Helping", "hindering": "Hindering",
            "wentWell": "What went well", "couldBeBetter": "What could be better", "went-well": "A case that went well",
            "went-less-well": "A case that went less well", "present": "said in the session", "absent": "gathered beforehand", "file": "from the file",
            "ontwikkelbijeenkomst": "development session", "meelopen": "walking along", "overleg": "team meeting", "casusleren": "case learning",
            "terugblik": "look-back", "begeleidingscommissie": "steering committee", "anders": "other",
            "operational": "Operational", "tactical": "Tactical", "strategic": "Strategic",
            "idea": "Idea", "started": "Started", "realised": "Realised", "ongoing": "Ongoing",
            "created": "arose", "renamed": "sharpened", "merged": "merged", "split": "split", "framed": "framed",
            "people": "participants", "of": "of", "none": "none", "index": "Overview per basisteam", "team": "Basisteam",
            "generated": "Made", "noThemes": "No validated themes yet.", "pieOf": "share of all pie slices", "reason": "reason",
        ]
        }
    }

    /// A role as an export may name it: "" stands for the roles too few of the team hold.
    /// Also in "role (count)" form, where " (2)" stands for two of them.
    public func roleLabel(_ role: String) -> String { role.isEmpty || role.hasPrefix(" (") ? labels["otherRoles"]! + role : role }

    /// A person by role where the role may be named; "" reads "colleague".
    public func personLabel(_ role: String) -> String { role.isEmpty ? labels["colleague"]! : role }

    /// Whose time a pie shows, never a name: "WOE, Almere", "colleague, Almere", "role WOE, Almere",
    /// "vacancy WOE, Almere"; a number where two pies would read alike.
    public func pieLabel(_ pie: TeamReport.TimePieLine) -> String {
        let l = labels
        let who: String
        switch pie.subject {
        case .person(let role): who = role ?? l["colleague"]!
        case .role(let r): who = "\(l["roleAsWhole"]!) \(r)"
        case .vacancy(let r): who = "\(l["vacancy"]!) \(r)"
        }
        return "\(who), \(pie.team)" + (pie.number.map { " (\($0))" } ?? "")
    }

    /// The privacy note every team export carries.
    public func privacyNote(threshold: Int, withheld: Int) -> String {
        let base = self == .nl
            ? "Citaten en tellingen noemen een rol alleen als ten minste \(threshold) deelnemers van het team die rol hebben; anders staat er 'collega'. Namen zijn vervangen door […]."
            : "Quotes and counts name a role only where at least \(threshold) of the team's participants hold it; otherwise they say 'colleague'. Names are replaced by […]."
        guard withheld > 0 else { return base }
        return base + (self == .nl ? " Op verzoek worden \(withheld) gecodeerde passages niet geciteerd; ze tellen wel mee."
                                   : " At their speakers' request \(withheld) coded passages are not quoted; they do count.")
    }

    /// Numbers as this language writes them: a decimal comma in Dutch.
    public func number(_ value: Double, decimals: Int) -> String {
        let s = NumberFormat.fixed(value, decimals: decimals)
        return self == .nl ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    public func percent(_ share: Double) -> String {
        number(share * 100, decimals: 0) + "%"
    }
}
