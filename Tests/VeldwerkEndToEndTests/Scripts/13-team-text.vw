# The team's own text around the evidence, the review of it with the team, conclusions across teams.
researcher add Noor
as Noor
team add Amersfoort --code AMF --fte 190
team add Utrecht-Zuid --code UTZ
role add WOE
role add teamchef --code TC
participant add --team AMF --role WOE
codebook add Regie
a4 add AMF Regie "Wie heeft de regie?"
focusgroup add AMF --date 2022-11-15
prioritise AMF 1
text set AMF inleiding "Amersfoort (190 fte) werkt met drie WOE's."
text set AMF 1 "Het team wil vooral weten wie bij een lastige casus de regie neemt."
text set AMF aan-de-slag "Begin klein: spreek per casus af wie de regie heeft."
text set AMF slot "?"
text set AMF 9 "geen thema"
text set UTZ 1 "niet van dit team"
text set Nergens inleiding "x"
text show AMF
text set AMF aan-de-slag ""
review record AMF --date 2024-03-12 --with teamchef WOE --note "twee passages aangescherpt"
review record AMF --date 2024-02-30 --with WOE
review record AMF --date 2024-03-12
review record AMF --date 2024-03-12 --with burgemeester
synthesis add conclusion "De positie van de WOE verschilt per team" --teams Amersfoort Utrecht-Zuid
synthesis add recommendation "Beleg de regie per casus"
synthesis add idee "x"
synthesis add conclusion ""
synthesis add conclusion "x" --teams Nergens
synthesis list
text show AMF --json
undo
text show AMF
