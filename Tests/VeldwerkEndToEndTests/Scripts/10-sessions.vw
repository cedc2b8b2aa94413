# The action half: sessions, what was fed back and what became of it, case learning.
researcher add Noor
as Noor
team add Amersfoort --code AMF
team add Almere --code ALM
role add WOE
role add OE
role add OpCo
participant add --team AMF --role WOE
participant add --team AMF --role OE
participant add --team ALM --role WOE
session add Amersfoort --kind casusleren --date 2023-03-14 --title "Een casus die goed liep"
session add AMF --kind overleg --date 2023-03-02 --title "Maandelijks overleg WOE en OS"
session join 1 AMF-WOE-01 AMF-OE-01 +OpCo
session agenda 1 "Tijdlijn van de casus" "Wat ging goed, wat kan beter"
log add --team AMF --date 2023-03-14 --setting "over het werk" --session 1 "Tijdlijn op de flip-over gezet; de OpCo was er niet, zijn kijk hadden we vooraf opgehaald."
feedback add 2 "Maak complexe casuistiek een vast agendapunt" --check 2023-04-01
feedback add 1 "Spreek af wie na de acute fase de regie neemt" --check 2024-01-01
feedback check 1 not-followed --date 2023-04-20 --note "agendapunt kwam niet terug"
feedback check 1 partly --date 2023-05-20
case add 1 "Verkiezingsavond" --outcome went-well
case event 1 --at "avond, dag 1" --by AMF-WOE-01 "Belt de wijkagenten van dienst bij elkaar" --source present
case event 1 --at 2023-01-12 --by OpCo "Zet de eerste melding uit" --source absent
case event 1 --at "de volgende ochtend" --by woningcorporatie "Meldt overlast in de portiek"
case event 1 --at 2023-01-11 --by OE "Krijgt signalen uit de wijk" --source file
case factor 1 helping "Korte lijnen tussen WOE en wijkagenten"
case factor 1 hindering "De overdracht tussen diensten bleef liggen"
case lesson 1 went-well "De WOE nam na de acute fase de regie"
case lesson 1 could-be-better "De OpCo draagt over aan de WOE van het gebied"
theme add Amersfoort "Overdracht na de acute fase" --session 1 --reason "kwam in de tijdlijn van de casus twee keer terug"
theme list Amersfoort
theme show "Overdracht na de acute fase"
theme frame "Overdracht na de acute fase" --what "Na de acute fase is niet duidelijk wie het overneemt" --date 2023-03-20
plan add "Overdracht na de acute fase" "Vaste overdracht van OpCo naar de WOE van het gebied" --owner WOE --level operational --status idea
session list
session list --kind casusleren --json
session show 1
feedback list
feedback list --open
case show 1
case list --json
# Bad input: each refused with one line, nothing changed.
session add AMF --kind vergadering --date 2023-03-14
session add AMF --kind overleg --date 2023-02-30
session join 1 ALM-WOE-01
session join 9 AMF-WOE-01
case add 2 "Geen casusleersessie" --outcome went-well
case add 1 "Zonder uitkomst" --outcome matig
case event 1 --at 2023-02-30 --by OE "Een datum die niet bestaat"
case event 1 --at "later" --by ALM-WOE-01 "Iemand van een ander team"
case event 1 --at "later" --by AMF-WOE-77 "Een pseudoniem dat niet bestaat"
case factor 1 neutraal "Geen soort"
case lesson 1 helping "Geen les"
feedback check 1 followed --date 2023-03-01
feedback check 1 vergeten --date 2023-06-01
log add --team ALM --date 2023-03-14 --setting "over het werk" --session 1 "Verkeerd team"
theme add Almere "Een thema" --session 1 --reason "sessie van een ander team"
theme add Amersfoort "overdracht na de acute fase" --session 2 --reason "bestaat al"
undo
case show 1
