# Two researchers on one project: undo and redo never overwrite the other's work.
researcher add Noor
researcher add Sem
# Noor's undo does not take Sem's later value with it: it is refused by name.
as Noor
team add Alpha --code ALP
team edit Alpha --fte 100
as Sem
team edit Alpha --fte 200
as Noor
undo
team show Alpha
# Sem undoes his own; now Noor's undo goes through, and Sem's 200 does not come back.
as Sem
undo
as Noor
undo
team show Alpha
# Redo re-applies Noor's 100; undo and redo chain.
redo
team show Alpha
undo
redo
team show Alpha
# A comment is not a change number; a number is.
undo #4
undo 99
undo 0
as Sem
undo 3
undo 3 --force-other
undo 5
# Change 4 is in effect again (redone): undoing it by number reverts the last redo.
as Noor
undo 4
redo
# Coding: Sem removes Noor's segment; Noor's undo passes over it to her earlier change.
role add WOE
transcript import files/interview-a.txt
codebook add Regie
codebook add Coaching
team add Beta --code BET
code 1 2 Regie --tension dilemma
as Sem
uncode 1
as Noor
undo
team list
# Sem's removal stands; he can take it back himself, and then Noor's coding can go.
as Sem
undo
as Noor
undo
segments Regie
# Votes entered by two facilitators in one focus group, and a merge, then undone.
a4 add Alpha Regie
a4 add Alpha Coaching
focusgroup add Alpha --date 2022-11-14
subgroup add 1 A --lead Noor
subgroup join A +WOE +WOE +WOE +WOE
as Noor
pie ALP-WOE-01 1:60 2:40
as Sem
pie ALP-WOE-02 2
as Noor
pie ALP-WOE-03 1
as Sem
pie ALP-WOE-01 2:70 1:30
merge 1 1 2 --as "Regie en coaching"
tally 1
# Noor's vote for ALP-WOE-01 was replaced by Sem's: her undo passes over it to her last vote.
as Noor
undo
tally 1
# Sem takes back the merge, then his re-entered vote; redo puts the vote back.
as Sem
undo
undo
tally 1
redo
tally 1
# (The last 20: the import before them names its file by a path that differs per checkout.)
history --last 20
# Noor's first vote for ALP-WOE-01 (change 28) was replaced by Sem's: refused, naming his change.
as Noor
undo 28
history --last 3
