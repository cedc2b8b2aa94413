# Pages for the room, at the prompt: voting rounds with codes, the board's links and reveal,
# the team's review with its comments. Codes and tokens are random; the test shows them masked.
researcher add Noor
as Noor
team add Amersfoort --code AMF --fte 190
role add WOE
role add OE
codebook add Regie
codebook add Coaching
a4 add Amersfoort Regie "Wie heeft de regie?"
a4 add Amersfoort Coaching
focusgroup add Amersfoort --date 2022-11-15
vote open 1
subgroup add 1 A --lead Noor
subgroup join A +WOE +WOE +OE
board 1
board reveal 1
vote open 1
vote open 1
board 1
board show 1 --json
vote open 2
vote open x
vote close 1
vote close 1
board reveal 1
board reveal 1
vote open 1 --days 0
vote open 1 --days 2 --json
review open Nowhere
review open Amersfoort --days 400
review open Amersfoort
review list
review list --open --team Amersfoort
review resolve 1
review resolve x
review close Amersfoort
review close Amersfoort
undo
history
help vote
help board
help review open
