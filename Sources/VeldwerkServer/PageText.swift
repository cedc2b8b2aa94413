import Foundation

/// Everything a page says, in Dutch and English. Keys name what a sentence is for.
enum PageText: Sendable {
    case enterTitle, enterIntro, codeLabel, enterButton
    case refused, badCode, slowDown, badForm, expiredForm, notFound, tooLarge, serverTrouble, closed, goBack
    case voteTitle, recogniseLegend, recogniseHint, pieLegend, pieHint, sizeLabel, checkButton
    case checkTitle, youRecognise, yourPie, nothingRecognised, equalShares, confirmButton, changeButton
    case doneTitle, doneText, changeLink
    case tooManySlices, noSlice, sizesPartly, sizesSum, sizeNotNumber, notRecognisedNote, itemUnknown
    case boardTitle, voted, ofVoted, waiting, revealButton, revealed, recognisedColumn, scoreColumn, shareColumn, itemColumn
    case consensusHeading, noConsensus, kendall, noVotesYet
    case reviewTitle, reviewIntro, commentHeading, aboutLabel, verdictLabel, textLabel, sendButton, thanks
    case verdictKlopt, verdictKloptNiet, verdictAanvulling, verdictOpmerking
    case profileSection, methodSection, themeWord, actionWord, wholeText, commentEmpty, commentLong

    func text(_ language: PageLanguage) -> String {
        let (nl, en) = pair
        return language == .nl ? nl : en
    }

    private var pair: (String, String) {
        switch self {
        case .enterTitle: return ("Veldwerk", "Veldwerk")
        case .enterIntro: return ("Typ de code die je van de onderzoekers kreeg.", "Type the code the researchers gave you.")
        case .codeLabel: return ("Code", "Code")
        case .enterButton: return ("Verder", "Continue")
        case .refused: return ("Dit kon niet. Ga terug en probeer het anders, of vraag de gespreksleider.",
                               "This could not be done. Go back and try another way, or ask the facilitator.")
        case .badCode: return ("Deze code werkt niet (meer). Kijk hem na, of vraag de gespreksleider om je code.",
                               "This code does not work (any more). Check it, or ask the facilitator for your code.")
        case .slowDown: return ("Te veel verkeerde codes. Wacht een kwartier en probeer het dan opnieuw.",
                                "Too many wrong codes. Wait a quarter of an hour, then try again.")
        case .badForm: return ("Dit formulier kwam niet goed aan. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
                               "This form did not arrive intact. Go back, reload the page and try again.")
        case .expiredForm: return ("Deze pagina is verlopen. Ga terug en laad haar opnieuw.",
                                   "This page has expired. Go back and reload it.")
        case .notFound: return ("Deze pagina bestaat niet. Begin bij de startpagina.", "There is no such page. Start at the front page.")
        case .tooLarge: return ("Dat is te veel tekst in één keer. Maak het korter en verstuur opnieuw.",
                                "That is too much text at once. Make it shorter and send it again.")
        case .serverTrouble: return ("Er ging iets mis aan onze kant. Probeer het zo opnieuw, of zeg het tegen de gespreksleider.",
                                     "Something went wrong on our side. Try again in a moment, or tell the facilitator.")
        case .closed: return ("Deze ronde is gesloten; er kan niet meer gestemd of gereageerd worden.",
                              "This round has closed; votes and comments are no longer taken.")
        case .goBack: return ("Naar de startpagina", "To the front page")
        case .voteTitle: return ("Je stem", "Your vote")
        case .recogniseLegend: return ("1. Welke thema's herken je?", "1. Which themes do you recognise?")
        case .recogniseHint: return ("Vink alle thema's aan die je in je eigen werk herkent.", "Tick every theme you recognise from your own work.")
        case .pieLegend: return ("2. Verdeel je taart", "2. Divide your pie")
        case .pieHint: return ("Kies ten hoogste drie thema's. Geef groottes die samen 100 zijn, of laat ze leeg voor gelijke delen.",
                               "Choose up to three themes. Give sizes that add up to 100, or leave them empty for equal shares.")
        case .sizeLabel: return ("grootte", "size")
        case .checkButton: return ("Bekijk mijn stem", "Review my vote")
        case .checkTitle: return ("Klopt dit?", "Is this right?")
        case .youRecognise: return ("Je herkent", "You recognise")
        case .yourPie: return ("Je taart", "Your pie")
        case .nothingRecognised: return ("geen thema's", "no themes")
        case .equalShares: return ("gelijke delen", "equal shares")
        case .confirmButton: return ("Bevestigen", "Confirm")
        case .changeButton: return ("Aanpassen", "Change")
        case .doneTitle: return ("Dank je, je stem is binnen", "Thank you, your vote is in")
        case .doneText: return ("Je kunt je stem aanpassen zolang de ronde open is; je nieuwe stem vervangt dan de oude.",
                                "You can change your vote while the round is open; your new vote then replaces the old one.")
        case .changeLink: return ("Stem aanpassen", "Change my vote")
        case .tooManySlices: return ("Een taart heeft ten hoogste drie punten; kies er drie of minder.", "A pie has at most three slices; choose three or fewer.")
        case .noSlice: return ("Kies ten minste één thema voor je taart.", "Choose at least one theme for your pie.")
        case .sizesPartly: return ("Geef bij alle gekozen thema's een grootte, of bij geen enkel (dan zijn de delen gelijk).",
                                   "Give a size for every chosen theme, or for none (then the shares are equal).")
        case .sizesSum: return ("De groottes zijn samen %@, niet 100. Pas ze aan.", "The sizes add up to %@, not 100. Adjust them.")
        case .sizeNotNumber: return ("Een grootte is een getal tussen 1 en 100.", "A size is a number from 1 to 100.")
        case .notRecognisedNote: return ("Let op: je geeft een punt aan een thema dat je niet aanvinkte als herkend. Dat mag.",
                                         "Note: you give a slice to a theme you did not tick as recognised. That is allowed.")
        case .itemUnknown: return ("Dat thema staat niet op dit A4.", "That theme is not on this A4 sheet.")
        case .boardTitle: return ("Focusgroep", "Focus group")
        case .voted: return ("gestemd", "voted")
        case .ofVoted: return ("van de %@ deelnemers hebben gestemd", "of %@ participants have voted")
        case .waiting: return ("De uitslag verschijnt als de gespreksleider hem vrijgeeft.", "The result appears when the facilitator reveals it.")
        case .revealButton: return ("Uitslag tonen", "Reveal the result")
        case .revealed: return ("Uitslag", "Result")
        case .recognisedColumn: return ("herkend", "recognised")
        case .scoreColumn: return ("taartpunten", "slices")
        case .shareColumn: return ("aandeel", "share")
        case .itemColumn: return ("thema", "theme")
        case .consensusHeading: return ("Taarten van de subgroepen", "The subgroups' pies")
        case .noConsensus: return ("nog geen gezamenlijke taart", "no shared pie yet")
        case .kendall: return ("Overeenstemming (Kendall's W)", "Agreement (Kendall's W)")
        case .noVotesYet: return ("nog geen stemmen", "no votes yet")
        case .reviewTitle: return ("Tekst van het team", "The team's text")
        case .reviewIntro: return ("Lees de tekst over je team. Klopt het? Mist er iets? Je reactie wordt bewaard met je rol, nooit met je naam.",
                                   "Read the text about your team. Is it right? Is something missing? Your comment is kept with your role, never your name.")
        case .commentHeading: return ("Reageren", "Comment")
        case .aboutLabel: return ("Over", "About")
        case .verdictLabel: return ("Je oordeel", "Your verdict")
        case .textLabel: return ("Toelichting", "Explanation")
        case .sendButton: return ("Versturen", "Send")
        case .thanks: return ("Dank je, je reactie is bewaard. Je kunt er nog meer geven.", "Thank you, your comment is kept. You can give more.")
        case .verdictKlopt: return ("klopt", "right")
        case .verdictKloptNiet: return ("klopt niet", "not right")
        case .verdictAanvulling: return ("aanvulling", "addition")
        case .verdictOpmerking: return ("opmerking", "remark")
        case .profileSection: return ("Teamprofiel", "Team profile")
        case .methodSection: return ("Werkwijze", "Method")
        case .themeWord: return ("Thema", "Theme")
        case .actionWord: return ("Actie", "Action")
        case .wholeText: return ("De tekst als geheel", "The text as a whole")
        case .commentEmpty: return ("Schrijf een toelichting bij 'klopt niet', 'aanvulling' of 'opmerking'.",
                                    "Write an explanation with 'not right', 'addition' or 'remark'.")
        case .commentLong: return ("Een reactie is ten hoogste 4000 tekens.", "A comment is at most 4,000 characters.")
        }
    }

    /// The text with `%@` filled in.
    func text(_ language: PageLanguage, _ value: String) -> String {
        text(language).replacingOccurrences(of: "%@", with: value)
    }
}
