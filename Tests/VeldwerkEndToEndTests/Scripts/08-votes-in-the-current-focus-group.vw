# Two focus groups of one team: votes go to the focus group being worked on, never the latest.
researcher add Noor
as Noor
team add Alpha --code ALP
role add WOE
role add OE
codebook add Regie
codebook add Coaching
a4 add ALP Regie
a4 add ALP Coaching
focusgroup add ALP --date 2022-11-14
subgroup add 1 A
subgroup join A +WOE +OE
focusgroup add ALP --date 2022-12-12
subgroup add 2 A
subgroup join 2/A ALP-WOE-01 ALP-OE-01
# The latest focus group is current now; the votes of the first session are entered afterwards.
focusgroup use 1
pie ALP-WOE-01 1:70 2:30
recognise ALP-OE-01 2
focusgroup use 2
pie ALP-WOE-01 2
tally 1
tally 2
