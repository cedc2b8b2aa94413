# After the focus group: logboek, theme steps with history, plans, time pies, and export errors.
researcher add Noor
as Noor
team add Amersfoort --code AMF
role add WOE
role add OE
participant add --team AMF --role WOE --name "Jan Geheim"
codebook add Regie
codebook add Coaching
codebook add Werkdruk
a4 add AMF Regie
a4 add AMF Coaching
a4 add AMF Werkdruk
focusgroup add AMF --date 2022-06-14
subgroup add 1 A --lead Noor
subgroup join A AMF-WOE-01 +OE +OE +WOE
pie AMF-WOE-01 1:50 2:50
pie AMF-OE-01 2 3 1
prioritise AMF 2 1 3
log add --team AMF --date 2022-09-06 --setting "in het werk" --roles "WOE,OE" --theme Coaching --participant AMF-WOE-01 "Meegelopen; gesprek over coaching in de wijk."
log add --team AMF --date 2022-13-01 --setting "in het werk" "Verkeerde datum."
log add --team AMF --date 2022-09-07 --setting "in het werk" --theme Onbekend "Thema bestaat niet."
log add --team AMF --date 2022-09-08 --setting "over het werk" "   "
log list
log show 1
log link 1 --theme Regie
code 4 1 Coaching --tension dilemma
code 1 1 Coaching --tension dilemma
segments Coaching
search wijk
theme list AMF
theme rename Coaching "Coaching van wijkagenten" --reason "scherper" --date 2022-09-10
theme merge Werkdruk Regie --reason "hoort bij regie" --date 2022-09-11
theme merge Regie Regie
theme split "Coaching van wijkagenten" "Coaching in de wijk" "Coaching in gesprekken" --reason "twee vragen" --date 2022-09-12
theme rename "Coaching van wijkagenten" "Te laat"
theme frame Regie --what "niemand weet wie de regie heeft" --why "dubbel werk" --date 2022-09-13
theme frame Regie
theme list AMF
theme show Regie
plan add Regie "Werkafspraak over regie" --owner WOE --level operational --status started --due 2022-12
plan add Regie "Casusleerbijeenkomst" --owner OE --level tactical --status idea
plan add Regie "Iets" --owner Niemand --level operational --status idea
plan add Regie "Iets" --owner WOE --level hoog --status idea
plan add Regie "Iets" --owner WOE --level tactical --status klaar
plan add Regie "Iets" --owner WOE --level tactical --status idea --due 2022-13
plan status 2 started
plan evaluate 1 2023-03 --label halverwege --notes "loopt"
plan evaluate 1 maart
plan show Regie
timepie AMF-WOE-01 "portefeuille":50 "invallen":50
timepie AMF-WOE-01 "portefeuille":50 "invallen":40
timepie AMF-WOE-01 portefeuille
history --last 4
undo
theme show Regie
export Amsterdam --format md
export AMF --format pdf
export AMF --format md --out /nonexistent/folder
export AMF --format md --lang fr
