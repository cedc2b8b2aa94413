# Transcripts, codebook, coding by two researchers, reading and agreement.
researcher add Noor
researcher add Sem
team add Amersfoort --code AMF
role add WOE
role add wijkagent --code WA
participant add --team AMF --role WOE --name "Geheime Naam"
participant add --team AMF --role WA
interview add AMF-WOE-01 --date 2022-03-07 --interviewer Noor
codebook import files/codes.yaml
codebook import files/broken.yaml
transcript import files/interview-a.txt --interview 1
transcript import files/interview-a.txt
transcript import --manifest files/manifest.csv
transcript list
transcript show 1
transcript show 1 --para 2-3
transcript show 1 --para 9
code 1 2 Rolverdeling
as Noor
code 1 2 Rolverdeling --tension onduidelijkheid
code 1 2 Rolverdeling --tension onduidelijkheid
code 1 4 Portefeuilles --tension onenigheid --memo "geen resultaten"
code 1 "de WOE" Rolverdeling
code 1 "bestaat niet" Rolverdeling
code 1 "Het café op de hoek" Portefeuilles
code 1 1 Onbekend
code 1 1 Regie/Rolverdeling --tension twijfel
code 2 2 Coaching --tension dilemma
as Sem
code 1 "Dat weet eigenlijk niemand." Rolverdeling --tension onduidelijkheid
code 1 4 Portefeuilles --tension onenigheid
code 2 2 Coaching --tension dilemma
code 2 3 Rolverdeling --tension onduidelijkheid
transcript show 1
segments Regie
segments Rolverdeling --coder Sem --team Amersfoort
search cafe
search "regie OR coaching"
matrix
matrix --by role
agreement Noor Sem
agreement Noor Sem --code Portefeuilles
agreement Noor Sem --json
candidates Amersfoort
a4 add Amersfoort Rolverdeling "Wie heeft de regie?"
a4 add Amersfoort Portefeuilles
a4 add Amersfoort Rolverdeling
a4 show Amersfoort
autocode regie Regie
autocode regie Rolverdeling
uncode 99
uncode 3
codebook rename Portefeuilles Portefeuillewerk
codebook move Coaching --parent Regie
codebook merge Coaching Rolverdeling
codebook show
undo
undo
undo
codebook show
segments Coaching
