# A focus group entered and tallied live, with every pie rule tried.
researcher add Noor
researcher add Sem
team add Amersfoort --code AMF
team add Utrecht-Zuid --code UTZ
role add WOE
role add wijkagent --code WA
role add OE
codebook add Regie
codebook add Coaching
codebook add Portefeuilles
codebook add Werkdruk
focusgroup add Amersfoort --date 2022-06-14
a4 add Amersfoort Regie "Wie heeft de regie?"
a4 add Amersfoort Coaching
a4 add Amersfoort Portefeuilles
a4 add Amersfoort Werkdruk
focusgroup add Amersfoort --date 2022-06-14
codebook rename Coaching "Coaching van wijkagenten"
a4 add Amersfoort "Coaching van wijkagenten"
subgroup add 1 A --lead Noor
subgroup add 1 B --lead Sem
subgroup add 1 A
subgroup join A +WOE +wijkagent +OE +wijkagent
subgroup join B +WOE +WOE +WOE +WOE +WOE +WOE +WOE
undo
subgroup join B +WOE +WOE +WOE +WOE
subgroup join B AMF-WOE-01
participant add --team UTZ --role WOE
subgroup join B UTZ-WOE-01
participant add --team AMF --role OE
pie AMF-OE-02 1 2 3
recognise AMF-WOE-01 1 2
recognise AMF-WA-01 1 2 3 4
pie AMF-WOE-01 1:50 2:30 3:20
pie AMF-WOE-01 1:50 2:30 4:20
pie AMF-WA-01 4 2 1
pie AMF-OE-01 2:60 4:40
pie AMF-WA-02 1 2 3 4
pie AMF-WA-02 1:0 2:100
pie AMF-WA-02 1:-5 2:105
pie AMF-WA-02 1:abc
pie AMF-WA-02 1:50 2:40
pie AMF-WA-02 1:50 2:40 --normalise
pie AMF-WA-02 2 2
pie AMF-WA-02 9
pie AMF-WOE-02 3 4 1
pie AMF-WOE-03 3:40 4:40 2:20
pie AMF-WOE-04 3 4 2
consensus A 1:40 2:40 3:20
consensus B 1:50 3:50
tally 1
merge 1 3 3 --as "Zelf"
merge 1 3 --as "Alleen"
merge 1 4 9 --as "Onbekend"
merge 1 3 4 --as "Portefeuilles onder druk"
pie AMF-WOE-04 3 2
tally 1
undo
tally 1
merge 1 3 4 --as "Portefeuilles onder druk"
merge 1 5 1 --as "Alles behalve coaching"
focusgroup show 1
tally 1 --json
prioritise Amersfoort 6
prioritise Amersfoort 5 2 --note "na de plenaire ronde"
prioritise Amersfoort 6 2 --note "herzien"
theme list Amersfoort
