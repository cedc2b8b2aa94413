# The WOEst demo project: three basisteams, their roles and 40 interviewees.
# Every name below is invented; the database keeps them, listings show pseudonyms.
# Opening this folder with 'veldwerk Projects/woest-demo' builds veldwerk.sqlite from this script.

# The study team
researcher add Noor
researcher add Sem
researcher add Lotte
researcher add Daan
researcher add Yasmina
researcher add Ruben

# Roles are data. Utrecht-Zuid calls its WOE an OEWA: one function, the team's own name (role alias below).
role add WOE --description "wijkagent operationeel expert"
role add wijkagent --code WA --description "neighbourhood officer"
role add OE --description "operationeel expert, often the line manager"
role add OSA --description "operationeel specialist A"
role add teamchef --code TC --description "team chief"
role add OpCo --description "shift coordinator"
role add taakaccenthouder --code TAH --description "officer with a thematic side task"

# Basisteam Amersfoort
team add "Amersfoort" --code AMF --fte 190 --area-kind GGG --areas "Noord,Noord-Oost,Oost,Soesterkwartier,Binnenstad,Zuid" --portfolios "Ondermijning,Cybercrime,Zorg en Veiligheid,Jeugd,Contraterrorisme,Evenementen"
participant add --team AMF --role WOE --name "Anouk Hendriks"
interview add AMF-WOE-01 --date 2022-06-01 --interviewer Noor
participant add --team AMF --role WOE --name "Bram Boer"
interview add AMF-WOE-02 --date 2022-06-06 --interviewer Sem
participant add --team AMF --role WOE --name "Carlijn Dekker"
interview add AMF-WOE-03 --date 2022-06-09 --interviewer Noor
participant add --team AMF --role WOE --name "Dennis Veenstra"
interview add AMF-WOE-04 --date 2022-06-13 --interviewer Sem
participant add --team AMF --role WOE --name "Esra Yilmaz"
interview add AMF-WOE-05 --date 2022-06-16 --interviewer Noor
participant add --team AMF --role teamchef --name "Frank Brouwer"
interview add AMF-TC-01 --date 2022-06-20 --interviewer Sem
participant add --team AMF --role OSA --name "Gerda Ramdin"
interview add AMF-OSA-01 --date 2022-06-24 --interviewer Noor
participant add --team AMF --role wijkagent --name "Hamza Jacobs"
interview add AMF-WA-01 --date 2022-06-28 --interviewer Sem
participant add --team AMF --role wijkagent --name "Iris Schouten"
interview add AMF-WA-02 --date 2022-07-04 --interviewer Noor
participant add --team AMF --role wijkagent --name "Joost van Leeuwen"
interview add AMF-WA-03 --date 2022-07-05 --interviewer Sem
participant add --team AMF --role wijkagent --name "Kim Vos"
interview add AMF-WA-04 --date 2022-07-11 --interviewer Noor
participant add --team AMF --role OE --name "Lars van Dijk"
interview add AMF-OE-01 --date 2022-07-13 --interviewer Sem
participant add --team AMF --role OE --name "Mirjam Kok"
interview add AMF-OE-02 --date 2022-07-18 --interviewer Noor
participant add --team AMF --role OE --name "Nadia Postma"
interview add AMF-OE-03 --date 2022-07-21 --interviewer Sem
participant add --team AMF --role OE --name "Orlando Hoekstra"
interview add AMF-OE-04 --date 2022-07-25 --interviewer Noor

# Basisteam Utrecht-Zuid
team add "Utrecht-Zuid" --code UTZ --fte 150 --area-kind cluster --areas "West,Zuid-West,Zuid" --portfolios "Zorg en Veiligheid,Jeugd/PGA,Ondermijning,Verkeer en Evenementen"
role alias WOE OEWA --team Utrecht-Zuid
participant add --team UTZ --role WOE --id UTZ-OEWA-01 --name "Petra Huisman"
interview add UTZ-OEWA-01 --date 2022-07-28 --interviewer Lotte
participant add --team UTZ --role WOE --id UTZ-OEWA-02 --name "Quinten van der Heijden"
interview add UTZ-OEWA-02 --date 2022-08-01 --interviewer Daan
participant add --team UTZ --role WOE --id UTZ-OEWA-03 --name "Rachida Sanders"
interview add UTZ-OEWA-03 --date 2022-08-05 --interviewer Lotte
participant add --team UTZ --role teamchef --name "Stijn Groen"
interview add UTZ-TC-01 --date 2022-08-09 --interviewer Daan
participant add --team UTZ --role wijkagent --name "Tamara Boukhari"
interview add UTZ-WA-01 --date 2022-08-15 --interviewer Lotte
participant add --team UTZ --role wijkagent --name "Umut Prins"
interview add UTZ-WA-02 --date 2022-08-16 --interviewer Daan
participant add --team UTZ --role wijkagent --name "Vera Wijnands"
interview add UTZ-WA-03 --date 2022-08-22 --interviewer Lotte
participant add --team UTZ --role wijkagent --name "Wouter Willems"
interview add UTZ-WA-04 --date 2022-08-24 --interviewer Daan
participant add --team UTZ --role OE --name "Xandra Timmermans"
interview add UTZ-OE-01 --date 2022-08-29 --interviewer Lotte
participant add --team UTZ --role OE --name "Youssef de Lange"
interview add UTZ-OE-02 --date 2022-09-01 --interviewer Daan
participant add --team UTZ --role OE --name "Zoë Meijer"
interview add UTZ-OE-03 --date 2022-09-05 --interviewer Lotte
participant add --team UTZ --role OE --name "Bas Vermeulen"
interview add UTZ-OE-04 --date 2022-09-08 --interviewer Daan

# Basisteam Almere Stad-Haven
team add "Almere Stad-Haven" --code ASH --fte 141 --area-kind cluster --areas "GGP 1,GGP 2,GGP 3,Opsporing" --portfolios "Zorg en Veiligheid,Ondermijning,Horeca Betaald voetbal en Evenementen"
participant add --team ASH --role WOE --name "Chantal Bos"
interview add ASH-WOE-01 --date 2022-09-12 --interviewer Yasmina
participant add --team ASH --role WOE --name "Dirk Molenaar"
interview add ASH-WOE-02 --date 2022-09-16 --interviewer Ruben
participant add --team ASH --role WOE --name "Eline Koster"
interview add ASH-WOE-03 --date 2022-09-20 --interviewer Yasmina
participant add --team ASH --role teamchef --name "Floor de Bruijn"
interview add ASH-TC-01 --date 2022-09-26 --interviewer Ruben
participant add --team ASH --role OSA --name "Gijs Lammers"
interview add ASH-OSA-01 --date 2022-09-27 --interviewer Yasmina
participant add --team ASH --role wijkagent --name "Hanneke Maas"
interview add ASH-WA-01 --date 2022-10-03 --interviewer Ruben
participant add --team ASH --role wijkagent --name "Ivo Peters"
interview add ASH-WA-02 --date 2022-10-05 --interviewer Yasmina
participant add --team ASH --role wijkagent --name "Jolien Zijlstra"
interview add ASH-WA-03 --date 2022-10-10 --interviewer Ruben
participant add --team ASH --role wijkagent --name "Koen de Groot"
interview add ASH-WA-04 --date 2022-10-13 --interviewer Yasmina
participant add --team ASH --role OE --name "Lieke Kaya"
interview add ASH-OE-01 --date 2022-10-17 --interviewer Ruben
participant add --team ASH --role OE --name "Martijn Verhoeven"
interview add ASH-OE-02 --date 2022-10-20 --interviewer Yasmina
participant add --team ASH --role OE --name "Nienke Kramer"
interview add ASH-OE-03 --date 2022-10-24 --interviewer Ruben
participant add --team ASH --role OE --name "Olav Bakker"
interview add ASH-OE-04 --date 2022-10-28 --interviewer Yasmina

# Phase 1, coding: the shipped codebook and the transcripts, linked to their interviews by a manifest.
codebook import ../../Codebooks/woe-probleemgericht.yaml
transcript import --manifest transcripts/manifest.csv

# Amersfoort, coded by Noor and, independently, by Sem.
as Noor
code 1 2 Rolduidelijkheid --tension onduidelijkheid
code 1 4 "Rolverdeling bij complexe casuïstiek" --tension onenigheid
code 1 6 "Rolverdeling bij complexe casuïstiek" --tension onduidelijkheid
code 1 7 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 1 9 "Coaching van wijkagenten" --tension dilemma --memo "coachen zonder mandaat"
code 1 11 Rolduidelijkheid --tension onduidelijkheid
code 2 2 "Rolverdeling bij complexe casuïstiek" --tension onduidelijkheid
code 2 3 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 2 5 "Coaching van wijkagenten" --tension dilemma
code 3 2 "Capaciteit en prioriteiten" --tension dilemma
code 3 4 Rolduidelijkheid --tension onduidelijkheid
code 3 5 "Rolverdeling bij complexe casuïstiek" --tension onenigheid
code 3 7 "Coaching van wijkagenten" --tension onduidelijkheid
code 3 9 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 3 9 "Betrekken basisteam bij portefeuilles"
code 4 3 "Samenwerking met de OE" --tension onenigheid
code 4 5 "Rolverdeling bij complexe casuïstiek" --tension dilemma
code 4 6 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 4 8 "Coaching van wijkagenten" --tension onenigheid
as Sem
code 1 2 Rolduidelijkheid --tension onduidelijkheid
code 1 "Drie weken lang wist niemand wie de regie had." "Rolverdeling bij complexe casuïstiek" --tension onenigheid
code 1 6 "Rolverdeling bij complexe casuïstiek" --tension onduidelijkheid
code 1 7 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 1 9 "Coaching van wijkagenten" --tension dilemma
code 2 2 "Rolverdeling bij complexe casuïstiek" --tension onduidelijkheid
code 2 3 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 2 5 "Coaching van wijkagenten" --tension dilemma
code 3 2 "Probleemgericht werken onder druk" --tension dilemma
code 3 4 Rolduidelijkheid --tension onduidelijkheid
code 3 5 "Rolverdeling bij complexe casuïstiek" --tension onenigheid
code 3 7 "Coaching van wijkagenten" --tension onduidelijkheid
code 3 9 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 4 3 "Samenwerking met de OE" --tension onenigheid
code 4 5 "Rolverdeling bij complexe casuïstiek" --tension dilemma
code 4 6 "Resultaatgericht werken aan portefeuilles" --tension onduidelijkheid
code 4 "Ik zou het liefst samen een ontwikkelgesprek voeren" "Coaching van wijkagenten" --tension onenigheid

# Utrecht-Zuid, coded by Lotte and Daan.
as Lotte
code 5 2 "Thematische en gebiedsverantwoordelijkheid" --tension dilemma
code 5 4 "Thematische en gebiedsverantwoordelijkheid" --tension dilemma
code 5 5 "Probleemgericht werken onder druk" --tension dilemma
code 5 7 "Probleemgericht werken onder druk" --tension onduidelijkheid
code 6 2 "Probleemgericht werken onder druk" --tension dilemma
code 6 3 "Thematische en gebiedsverantwoordelijkheid" --tension dilemma
code 7 2 "Probleemgericht werken onder druk" --tension dilemma
code 7 4 "Thematische en gebiedsverantwoordelijkheid" --tension onduidelijkheid
code 7 5 "Thematische en gebiedsverantwoordelijkheid" --tension onenigheid
code 7 7 "Probleemgericht werken onder druk" --tension onduidelijkheid
code 8 2 "Probleemgericht werken onder druk" --tension dilemma
code 8 3 "Thematische en gebiedsverantwoordelijkheid" --tension onduidelijkheid
code 8 5 "Thematische en gebiedsverantwoordelijkheid" --tension onduidelijkheid
code 8 5 "Probleemgericht werken onder druk"
as Daan
code 5 2 "Thematische en gebiedsverantwoordelijkheid" --tension dilemma
code 5 4 "Thematische en gebiedsverantwoordelijkheid" --tension dilemma
code 5 5 "Probleemgericht werken onder druk" --tension dilemma
code 5 7 "Probleemgericht werken onder druk" --tension onduidelijkheid
code 6 2 "Capaciteit en prioriteiten" --tension dilemma
code 6 3 "Thematische en gebiedsverantwoordelijkheid" --tension dilemma
code 7 2 "Probleemgericht werken onder druk" --tension dilemma
code 7 4 "Thematische en gebiedsverantwoordelijkheid" --tension onduidelijkheid
code 7 5 "Probleemgericht werken onder druk" --tension onenigheid
code 7 7 "Probleemgericht werken onder druk" --tension onduidelijkheid
code 8 2 "Probleemgericht werken onder druk" --tension dilemma
code 8 3 "Thematische en gebiedsverantwoordelijkheid" --tension onduidelijkheid
code 8 5 "Thematische en gebiedsverantwoordelijkheid" --tension onduidelijkheid

# Almere Stad-Haven, coded by Yasmina and Ruben.
as Yasmina
code 9 2 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 9 4 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 9 4 Informatiedeling
code 9 5 "Personeelszorg wijkagent bij WOE" --tension dilemma --memo "op de stoel van de OE"
code 9 7 "Personeelszorg wijkagent bij WOE" --tension onduidelijkheid
code 10 2 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 10 3 "Personeelszorg wijkagent bij WOE" --tension onenigheid
code 11 2 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 11 4 Informatiedeling --tension onduidelijkheid
code 11 5 "Personeelszorg wijkagent bij WOE" --tension onduidelijkheid
code 12 2 "Personeelszorg wijkagent bij WOE" --tension dilemma
code 12 3 "Personeelszorg wijkagent bij WOE" --tension dilemma
code 12 5 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
as Ruben
code 9 2 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 9 4 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 9 5 "Personeelszorg wijkagent bij WOE" --tension dilemma
code 9 7 "Personeelszorg wijkagent bij WOE" --tension onduidelijkheid
code 10 2 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 10 3 "Personeelszorg wijkagent bij WOE" --tension onenigheid
code 11 2 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 11 4 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 11 5 "Personeelszorg wijkagent bij WOE" --tension onduidelijkheid
code 12 "De jaargesprekken lukken nog, maar tussendoor aandacht geven lukt nauwelijks." "Personeelszorg wijkagent bij WOE" --tension dilemma
code 12 3 "Personeelszorg wijkagent bij WOE" --tension dilemma
code 12 5 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid

# Three interviews held later brought words the codebook lacked at first: many hats, OpCo
# shifts, whether colleagues see the WOE's work, the grey zone with the wijkagent, taakaccenthouders.
as Sem
code 13 2 "Veel petten" --tension dilemma
code 13 4 "OpCo-diensten" --tension dilemma
code 13 4 "Resultaatgericht werken aan portefeuilles" --tension dilemma
code 13 6 "Zichtbaarheid van WOE-werk" --tension onduidelijkheid
as Lotte
code 14 2 "Grijze zone WOE en wijkagent" --tension onduidelijkheid
code 14 4 "Thematische en gebiedsverantwoordelijkheid" --tension onenigheid
code 14 6 Taakaccenthouders --tension onduidelijkheid
as Ruben
code 15 2 "Zichtbaarheid van WOE-werk" --tension onduidelijkheid
code 15 4 "Betrekken basisteam bij portefeuilles" --tension onduidelijkheid
code 15 4 Taakaccenthouders
code 15 6 "Personeelszorg wijkagent bij WOE" --tension dilemma

# The A4 sheets: each team's candidate development points, as the researchers chose them
# from 'candidates TEAM' for the focus group.
as Noor
a4 add Amersfoort "Rolverdeling bij complexe casuïstiek" "Wie pakt de regie als een casus complex wordt?"
a4 add Amersfoort "Coaching van wijkagenten" "Sparren met wijkagenten, zonder mandaat"
a4 add Amersfoort "Resultaatgericht werken aan portefeuilles" "Wat levert een portefeuille op?"
a4 add Amersfoort Rolduidelijkheid "Wat is de rol van de WOE in ons team?"
a4 add Amersfoort "Samenwerking met de OE" "Afstemming tussen WOE en OE"
a4 add Amersfoort "Betrekken basisteam bij portefeuilles" "Het team meenemen in de portefeuilles"
as Lotte
a4 add Utrecht-Zuid "Probleemgericht werken onder druk" "Probleemgericht werken onder druk"
a4 add Utrecht-Zuid "Thematische en gebiedsverantwoordelijkheid" "Cluster of pijler: wat gaat voor?"
a4 add Utrecht-Zuid "Capaciteit en prioriteiten" "Keuzes tussen noodhulp en wijkwerk"
a4 add Utrecht-Zuid Informatiedeling "Informatie over problemen en aanpak delen"
as Yasmina
a4 add "Almere Stad-Haven" "Betrekken basisteam bij portefeuilles" "Weet het team wat de WOE doet?"
a4 add "Almere Stad-Haven" "Personeelszorg wijkagent bij WOE" "Wie zorgt voor de wijkagent?"
a4 add "Almere Stad-Haven" Informatiedeling "Informatie uit de thema's naar de werkvloer"
a4 add "Almere Stad-Haven" Rolduidelijkheid "De rol van de WOE zonder eigen cluster"

# Phase 2, feeding back: one focus group per team. Participants first recognise and slice
# on their own, then each subgroup agrees on one pie; the plenary compares, merges, decides.
# The votes are invented; the decisions follow from what 'tally' shows.

# Amersfoort
as Noor
focusgroup add Amersfoort --date 2022-11-15
subgroup add 1 A --lead Noor
subgroup add 1 B --lead Sem
subgroup add 1 C --lead Lotte
subgroup add 1 D --lead Daan
subgroup join 1/A AMF-WOE-01 AMF-WA-01 AMF-OE-01 AMF-OSA-01 +wijkagent
subgroup join 1/B AMF-WOE-02 AMF-WA-02 AMF-OE-02 AMF-TC-01 +OpCo
subgroup join 1/C AMF-WOE-03 AMF-WA-03 AMF-OE-03 +wijkagent +taakaccenthouder
subgroup join 1/D AMF-WOE-04 AMF-WOE-05 AMF-WA-04 AMF-OE-04 +wijkagent
# individual recognition and taartpunten
recognise AMF-WOE-01 1 2 3 4 5 6
recognise AMF-WA-01 1 2 3 4 5 6
recognise AMF-OE-01 1 2 3 4
recognise AMF-OSA-01 1 2 4 6
recognise AMF-WA-05 1 2 3 5
recognise AMF-WOE-02 1 2 3 4 5 6
recognise AMF-WA-02 1 2 3 4 5 6
recognise AMF-OE-02 1 2 3 4 5
recognise AMF-TC-01 1 2 4 5
recognise AMF-OPCO-01 1 2 3
recognise AMF-WOE-03 1 2 3 4 6
recognise AMF-WA-03 1 3 5
recognise AMF-OE-03 1 3 4 5
recognise AMF-WA-06 1 2 3 4 5
recognise AMF-TAH-01 1 2 3 5 6
recognise AMF-WOE-04 1 3 5 6
recognise AMF-WOE-05 1 4 5 6
recognise AMF-WA-04 1 2 3 4 5 6
recognise AMF-OE-04 1 2 5
recognise AMF-WA-07 1 2 3
pie AMF-WOE-01 2:50 1:30 4:20
pie AMF-WA-01 6 2 1
pie AMF-OE-01 1:60 3:20 4:20
pie AMF-OSA-01 1 2 3
pie AMF-WA-05 6:50 3:30 2:20
pie AMF-WOE-02 6 2 3
pie AMF-WA-02 1 3
pie AMF-OE-02 4 1 2
pie AMF-TC-01 3:50 1:30 4:20
pie AMF-OPCO-01 2 3 1
pie AMF-WOE-03 3:40 6:40 1:20
pie AMF-WA-03 4 2 1
pie AMF-OE-03 6:40 4:30 3:30
pie AMF-WA-06 1 3 2
pie AMF-TAH-01 1 3
pie AMF-WOE-04 3 6 2
pie AMF-WOE-05 6:40 5:40 2:20
pie AMF-WA-04 3 1 4
pie AMF-OE-04 3:60 1:20 6:20
pie AMF-WA-07 1 4 6
# subgroup consensus
consensus 1/A 3:40 1:40 2:20
consensus 1/B 1:50 3:30 2:20
consensus 1/C 3:40 2:40 1:20
consensus 1/D 3:50 1:30 2:20
tally 1
prioritise Amersfoort 3 1 2 --note "Drie thema's; rol van de WOE loopt mee in rolverdeling"

# Utrecht-Zuid
as Lotte
focusgroup add Utrecht-Zuid --date 2022-11-29
subgroup add 2 A --lead Lotte
subgroup add 2 B --lead Daan
subgroup add 2 C --lead Noor
subgroup join 2/A UTZ-OEWA-01 UTZ-WA-01 UTZ-OE-01 UTZ-TC-01 +wijkagent
subgroup join 2/B UTZ-OEWA-02 UTZ-WA-02 UTZ-OE-02 +OSA +wijkagent
subgroup join 2/C UTZ-OEWA-03 UTZ-WA-03 UTZ-WA-04 UTZ-OE-03 UTZ-OE-04
# individual recognition and taartpunten
recognise UTZ-OEWA-01 1 2 3
recognise UTZ-WA-01 1 2 3
recognise UTZ-OE-01 1 2 3
recognise UTZ-TC-01 1 2 4
recognise UTZ-WA-05 1 2 3 4
recognise UTZ-OEWA-02 1 2 3
recognise UTZ-WA-02 1 2 3 4
recognise UTZ-OE-02 2 4
recognise UTZ-OSA-01 1 2 3 4
recognise UTZ-WA-06 1 2 3 4
recognise UTZ-OEWA-03 1 2 3 4
recognise UTZ-WA-03 1 2 3 4
recognise UTZ-WA-04 1 2 3 4
recognise UTZ-OE-03 1 2 3 4
recognise UTZ-OE-04 1 2 3 4
pie UTZ-OEWA-01 2:40 3:30 1:30
pie UTZ-WA-01 2 3 1
pie UTZ-OE-01 2:40 1:30 3:30
pie UTZ-TC-01 2 1 3
pie UTZ-WA-05 1:40 2:30 3:30
pie UTZ-OEWA-02 1 2 3
pie UTZ-WA-02 1 3
pie UTZ-OE-02 3 4 1
pie UTZ-OSA-01 3:60 1:20 2:20
pie UTZ-WA-06 1 3 2
pie UTZ-OEWA-03 4:40 1:40 3:20
pie UTZ-WA-03 3 1 2
pie UTZ-WA-04 2:50 3:30 1:20
pie UTZ-OE-03 4 2 1
pie UTZ-OE-04 1:40 2:40 4:20
# subgroup consensus
consensus 2/A 1:40 2:40 3:20
consensus 2/B 2:50 1:30 3:20
consensus 2/C 1:40 3:30 2:30
tally 2
merge 2 1 3 --as "Probleemgericht werken onder druk"
tally 2
prioritise Utrecht-Zuid 5 2 --note "Capaciteit opgenomen in probleemgericht werken onder druk"

# Almere Stad-Haven
as Yasmina
focusgroup add "Almere Stad-Haven" --date 2022-12-06
subgroup add 3 A --lead Yasmina
subgroup add 3 B --lead Ruben
subgroup add 3 C --lead Sem
subgroup join 3/A ASH-WOE-01 ASH-WA-01 ASH-OE-01 ASH-TC-01 +wijkagent
subgroup join 3/B ASH-WOE-02 ASH-WA-02 ASH-OE-02 ASH-OSA-01 +OpCo
subgroup join 3/C ASH-WOE-03 ASH-WA-03 ASH-WA-04 ASH-OE-03 ASH-OE-04
# individual recognition and taartpunten
recognise ASH-WOE-01 1 2 3 4
recognise ASH-WA-01 1 2 4
recognise ASH-OE-01 1 2 3 4
recognise ASH-TC-01 1 2 4
recognise ASH-WA-05 1 2
recognise ASH-WOE-02 1 2 3 4
recognise ASH-WA-02 1 2 4
recognise ASH-OE-02 1 2 3
recognise ASH-OSA-01 1 2 3 4
recognise ASH-OPCO-01 1 2 4
recognise ASH-WOE-03 1 2
recognise ASH-WA-03 1 2 3
recognise ASH-WA-04 1 2 4
recognise ASH-OE-03 1 2 3 4
recognise ASH-OE-04 1 2 4
pie ASH-WOE-01 1 3
pie ASH-WA-01 2 1 3
pie ASH-OE-01 1:50 3:30 2:20
pie ASH-TC-01 1 2 4
pie ASH-WA-05 2:50 1:30 3:20
pie ASH-WOE-02 1 2 3
pie ASH-WA-02 2 3
pie ASH-OE-02 4 1 3
pie ASH-OSA-01 1 2
pie ASH-OPCO-01 4 1 2
pie ASH-WOE-03 2:60 3:20 1:20
pie ASH-WA-03 1 2
pie ASH-WA-04 1:40 2:40 3:20
pie ASH-OE-03 3 2 1
pie ASH-OE-04 2:40 3:40 1:20
# subgroup consensus
consensus 3/A 1:50 2:30 3:20
consensus 3/B 2:50 1:40 4:10
consensus 3/C 1:40 2:40 3:20
tally 3
prioritise "Almere Stad-Haven" 1 2 --note "Individueel lag personeelszorg net voor, de subgroepen gaven betrekken basisteam het meest"

# The phases each team went through: exploring (interviews), feeding back (focus groups),
# concretising the themes, implementing the plans, and looking back.
phase Amersfoort verkennen --from 2022-06-01 --to 2022-10-31
phase Amersfoort terugkoppelen --from 2022-11-01 --to 2022-12-31
phase Amersfoort concretiseren --from 2023-02-01 --to 2023-05-31
phase Amersfoort implementeren --from 2023-06-01 --to 2024-02-26
phase Amersfoort afronden --from 2024-02-27 --to 2024-06-30
phase Utrecht-Zuid verkennen --from 2022-06-01 --to 2022-10-31
phase Utrecht-Zuid terugkoppelen --from 2022-11-01 --to 2022-12-31
phase Utrecht-Zuid concretiseren --from 2023-02-01 --to 2023-05-31
phase Utrecht-Zuid implementeren --from 2023-06-01 --to 2024-05-31
phase Utrecht-Zuid afronden --from 2024-06-01 --to 2024-09-30
phase "Almere Stad-Haven" verkennen --from 2022-06-01 --to 2022-10-31
phase "Almere Stad-Haven" terugkoppelen --from 2022-11-01 --to 2022-12-31
phase "Almere Stad-Haven" concretiseren --from 2023-02-01 --to 2023-05-31
phase "Almere Stad-Haven" implementeren --from 2023-06-01 --to 2024-12-31
phase "Almere Stad-Haven" afronden --from 2025-01-06 --to 2025-03-31

# Phase 3, concretising: how the WOE is positioned in each team (as found in the interviews,
# and as it changed later), field notes from walking along, the themes as they crystallised
# from the A4 items, development plans, and time pies.
team edit Amersfoort --date 2022-10-31 --woe-position "Zes WOE's, elk gekoppeld aan een GGG en met een portefeuille voor het hele team; coachende rol richting wijkagenten, geen personeelszorg, geen deel van het managementteam."
team edit Utrecht-Zuid --date 2022-10-31 --woe-position "Drie OEWA's, elk aan een cluster gekoppeld en met een pijler voor het hele basisteam; sturende rol richting wijkagenten, lid van het managementteam."
team edit "Almere Stad-Haven" --date 2022-10-31 --woe-position "Drie WOE's die uitsluitend thematisch werken voor het hele basisteam, niet aan een cluster gekoppeld; lid van het managementteam."

# The plenary chose A4 items; in the sessions after it the teams put their themes in their own words.
as Noor
theme rename "Wie pakt de regie als een casus complex wordt?" "Rolverdeling bij complexe casuïstiek" --date 2023-02-23 --reason "de kerngroep legde een goed en een slecht lopende casus naast elkaar: het gaat om de verdeling van rollen, niet alleen om de regie"
theme rename "Sparren met wijkagenten, zonder mandaat" "Coaching van wijkagenten" --date 2023-02-09 --reason "wijkagenten vroegen om begeleiding, niet alleen om een sparmoment"
theme rename "Wat levert een portefeuille op?" "Resultaatgericht werken aan portefeuilles" --date 2023-03-23 --reason "met de teamchef afgesproken dat het om meetbare doelen per portefeuille gaat"
as Lotte
theme rename "Cluster of pijler: wat gaat voor?" "Thematische en gebiedsverantwoordelijkheid" --date 2023-02-16 --reason "de OEWA's noemden het zelf de spanning tussen thema en gebied"
as Yasmina
theme rename "Weet het team wat de WOE doet?" "Betrekken basisteam bij portefeuilles" --date 2023-02-10 --reason "zichtbaarheid bleek een middel; het doel is dat het team meedoet aan de thema's"
theme rename "Wie zorgt voor de wijkagent?" "Personeelszorg wijkagent bij WOE" --date 2023-03-16 --reason "de vraag werd een voorstel: een proef met personeelszorg bij de WOE"

as Noor
log add --team Amersfoort --date 2023-02-09 --setting "in het werk" --roles "WOE,wijkagent" --theme "Coaching van wijkagenten" "Meegelopen met een WOE in Noord. Onderweg sprak zij twee wijkagenten over een buurtconflict; het gesprek ging vooral over wie welke partner belt. Teruggekoppeld dat dit precies het sparren is waar wijkagenten om vroegen."
log add --team Amersfoort --date 2023-02-23 --setting "over het werk" --roles "WOE,OE,teamchef" --theme "Rolverdeling bij complexe casuïstiek" "Eerste ontwikkelsessie met de kerngroep. Twee casussen naast elkaar gelegd: een die goed liep en een die vastliep. Verschil zat in een vroege afspraak over wie de regie neemt. De groep wil een korte werkafspraak opstellen."
log add --team Amersfoort --date 2023-03-23 --setting "over het werk" --roles "WOE,teamchef" --theme "Resultaatgericht werken aan portefeuilles" "Sessie met de teamchef over portefeuilleplannen. Afgesproken dat elke portefeuille drie meetbare doelen krijgt die elk kwartaal in het managementteam worden besproken."
as Lotte
log add --team Utrecht-Zuid --date 2023-02-16 --setting "in het werk" --roles "WOE,wijkagent,OE" --theme "Probleemgericht werken onder druk" "Dienst meegedraaid in cluster West. Van de acht uur gingen er zes naar meldingen; de geplande analyse van de overlast rond het winkelplein schoof weer door. De OE benoemde het dilemma zelf in de nabespreking."
log add --team Utrecht-Zuid --date 2023-03-09 --setting "over het werk" --roles "WOE,OE,teamchef" --theme "Thematische en gebiedsverantwoordelijkheid" "Sessie over de dubbele rol van de OEWA. Op een flap gezet wanneer het cluster voorgaat en wanneer de pijler. Nog geen overeenstemming over spoedzaken; volgende keer verder."
as Yasmina
log add --team "Almere Stad-Haven" --date 2023-02-10 --setting "in het werk" --roles "WOE,wijkagent" --theme "Betrekken basisteam bij portefeuilles" "Briefing bijgewoond. Een WOE gaf in twee minuten een update over de aanpak verward gedrag; daarna stelden drie collega's vragen. Teruggekoppeld dat zo'n vast moment in de briefing het team bereikt."
log add --team "Almere Stad-Haven" --date 2023-03-16 --setting "over het werk" --roles "WOE,OE,teamchef" --theme "Personeelszorg wijkagent bij WOE" "Sessie over personeelszorg. Voor en tegen van personeelszorg bij de WOE op een rij gezet. Besloten tot een proef van een jaar in één cluster, met evaluatie halverwege en aan het eind."

# Themes are sharpened with a dated reason, and framed in 5 W's.
as Lotte
theme rename "Thematische en gebiedsverantwoordelijkheid" "Thematische verantwoordelijkheid en gebiedsverantwoordelijkheid" --reason "beide verantwoordelijkheden apart benoemd na de sessie van 9 maart" --date 2023-03-10
theme frame "Probleemgericht werken onder druk" --what "Door onderbezetting verdringen meldingen het probleemgericht werken" --who "wijkagenten, OEWA's, OE's" --where "alle clusters" --when "vooral bij krappe roosters" --why "problemen keren terug als niemand ze blijft volgen" --date 2023-03-10
as Noor
theme frame "Rolverdeling bij complexe casuïstiek" --what "Bij complexe casussen is niet vooraf duidelijk wie de regie neemt" --who "WOE, OE, wijkagent, OSA" --where "in en tussen de GGG's" --when "zodra een casus meerdere partners raakt" --why "dubbel werk en partners die niet weten bij wie ze moeten zijn" --date 2023-02-24

# Development plans: each action's path from idea on, who approved it, what it should bring,
# and its evaluations. Action numbers follow the order of 'plan add' below.
as Noor
plan add "Rolverdeling bij complexe casuïstiek" "Werkafspraak: bij elke complexe casus binnen een week vastleggen wie de regie heeft" --owner WOE --level operational --status idea --date 2023-02-23 --scope basisteam --due 2023-06 --expects "geen complexe casus langer dan een week zonder regiehouder"
plan approve 1 --by "maandoverleg WOE's en OS'en" --date 2023-03-07
plan status 1 started --date 2023-03-07
plan status 1 realised --date 2023-06-06 --note "vervangingsschema per gebied en portefeuille staat"
plan add "Rolverdeling bij complexe casuïstiek" "Casusleerbijeenkomsten: een goed en een slecht lopende casus per kwartaal" --owner OE --level tactical --status idea --date 2023-02-23 --scope basisteam
plan status 2 started --date 2023-03-14
plan status 2 ongoing --date 2023-06-01 --note "elk kwartaal op de agenda van het maandoverleg"
plan add "Coaching van wijkagenten" "Maandelijks spaaruur van WOE en wijkagenten per GGG" --owner WOE --level operational --status idea --date 2023-02-09 --due 2023-09
plan status 3 started --date 2023-03-01
plan status 3 realised --date 2023-09-05
plan add "Coaching van wijkagenten" "Gezamenlijk ontwikkelgesprek van OE en WOE met elke wijkagent" --owner OE --level tactical --status idea --date 2023-02-09
plan add "Resultaatgericht werken aan portefeuilles" "Drie meetbare doelen per portefeuille, elk kwartaal besproken in het managementteam" --owner teamchef --level strategic --status idea --date 2023-03-23 --scope basisteam --due 2024-01 --expects "elke portefeuille laat zien wat ze het team oplevert"
plan approve 5 --by managementteam --date 2023-04-04
plan status 5 started --date 2023-06-01
plan evaluate 5 2024-01 --label eind --notes "vier van de zes portefeuilles hebben meetbare doelen; twee blijven hangen bij capaciteit"
as Lotte
plan add "Probleemgericht werken onder druk" "Per cluster twee gekozen problemen met vaste analysetijd in het rooster" --owner OE --level tactical --status idea --date 2023-02-16 --scope basisteam --due 2023-12 --expects "twee problemen per cluster worden het hele jaar gevolgd"
plan status 6 started --date 2023-06-01
plan add "Probleemgericht werken onder druk" "Gezamenlijke werkwijze probleemgericht werken, ook bij onderbezetting" --owner teamchef --level strategic --status idea --date 2023-03-10 --scope district
plan add "Thematische verantwoordelijkheid en gebiedsverantwoordelijkheid" "Beslisregel wanneer cluster of pijler voorgaat" --owner WOE --level tactical --status idea --date 2023-03-09 --scope basisteam
plan approve 8 --by teamoverleg --date 2023-03-28
plan status 8 started --date 2023-06-01
plan status 8 stopped --date 2024-01-15 --note "met nog één OEWA zonder cluster verviel de vraag"
as Yasmina
plan add "Betrekken basisteam bij portefeuilles" "Vaste update van twee minuten per thema in de briefing" --owner WOE --level operational --status started --date 2023-02-10 --scope basisteam
plan status 9 realised --date 2023-06-01
plan add "Betrekken basisteam bij portefeuilles" "Aanspreekpunt per cluster voor elk thema" --owner WOE --level tactical --status idea --date 2023-03-01 --due 2023-12
plan status 10 started --date 2023-06-01
plan add "Personeelszorg wijkagent bij WOE" "Proef van een jaar: personeelszorg van wijkagenten in GGP 2 bij de WOE" --owner teamchef --level strategic --status idea --date 2023-03-16 --scope basisteam --due 2024-12 --expects "wijkagenten in GGP 2 voelen zich gezien en de OE's houden tijd over voor hun ploegen"
plan approve 11 --by managementteam --date 2023-05-23
plan status 11 started --date 2024-01-08 --note "na de zomer voorbereid, begonnen met het nieuwe jaar"
plan evaluate 11 2024-06 --label halverwege --notes "wijkagenten voelen zich beter gezien; de WOE heeft minder tijd voor het thema"
plan evaluate 11 2024-12 --label eind --notes "wijkagenten willen het houden; de thema's van de WOE liepen vertraging op"
plan status 11 realised --date 2024-12-17 --note "voortgezet in GGP 2, niet uitgebreid naar de andere clusters"

# People change: an OEWA became OSA, another left for Almere, a wijkagent became WOE halfway.
participant move UTZ-OEWA-02 --date 2023-09-01 --role OSA
participant move UTZ-OEWA-03 --date 2024-01-15 --team "Almere Stad-Haven"
participant move ASH-WA-02 --date 2023-06-01 --role WOE --portfolio "Horeca Betaald voetbal en Evenementen"
team edit Utrecht-Zuid --date 2024-01-15 --woe-position "Nog één OEWA, met een pijler voor het hele basisteam en zonder eigen cluster; de clusters vallen terug op de OE's."
team edit "Almere Stad-Haven" --date 2024-01-08 --woe-position "Vier WOE's, thematisch voor het hele basisteam; in GGP 2 draagt een WOE tijdens de proef ook de personeelszorg van de wijkagenten."

# Time pies: how some WOE's spent their time when interviewed and later; for Utrecht-Zuid also
# the vacant OEWA post (how its work was covered), for Almere the WOE role as the team designed it.
timepie AMF-WOE-01 --date 2022-06-01 "portefeuillewerk":50 "invallen voor wijkagenten":30 "diensten als OpCo":20
timepie AMF-WOE-01 --date 2024-02-27 "portefeuillewerk":55 "coaching wijkagenten":30 "diensten als OpCo":15
timepie UTZ-OEWA-01 --date 2022-07-28 "cluster Zuid-West":40 "pijler Ondermijning":40 "managementteam":20
timepie UTZ-OEWA-01 --date 2024-02-01 "pijler Ondermijning":60 "managementteam":20 "invallen in de clusters":20
timepie WOE --team Utrecht-Zuid --vacancy --date 2024-02-01 "clusterwerk opgevangen door de OE's":70 "blijft liggen":30
timepie ASH-WOE-01 --date 2022-09-12 "thema Zorg en Veiligheid":60 "coaching wijkagenten":25 "diensten":15
timepie WOE --team "Almere Stad-Haven" --date 2023-03-16 "thema's voor het hele team":80 "coaching wijkagenten":20
timepie ASH-WOE-01 --date 2024-06-04 "thema Zorg en Veiligheid":45 "personeelszorg GGP 2":35 "coaching wijkagenten":20

# The action half, February 2023 to March 2024: sessions, what was fed back and what became of
# it, and case learning. Session numbers follow the order of the lines below.
as Noor
# Amersfoort: the monthly meeting of WOE's and OS'en with 'complexe casuïstiek' on the agenda,
# and two case-learning sessions, one case that went well (1) and one that went less well (2).
session add Amersfoort --kind overleg --date 2023-02-07 --title "Maandoverleg WOE's en OS'en" --lead Noor
session join 1 AMF-WOE-01 AMF-WOE-02 AMF-WOE-03 AMF-OSA-01 +OSA
session agenda 1 "Mededelingen" "Complexe casuïstiek" "Rondvraag"
feedback add 1 "Onder het agendapunt complexe casuïstiek komen vooral mededelingen; spreek af welke casus je inbrengt en met welke vraag" --theme "Rolverdeling bij complexe casuïstiek" --check 2023-04-04
session add Amersfoort --kind casusleren --date 2023-03-14 --title "Casus die goed liep" --lead Noor
session join 2 AMF-WOE-01 AMF-WOE-04 AMF-OSA-01 AMF-WA-03 AMF-OE-02 AMF-TC-01
session agenda 2 "Tijdlijn van de casus" "Wat hielp en wat hinderde" "Wat ging goed, wat kan beter"
case add 2 "Avond met een grote bijeenkomst in de wijk" --outcome went-well
case event 1 --at "twee weken vooraf" --by AMF-WOE-04 "Hoort via de gemeente dat er een grote bijeenkomst komt en belt de wijkagent van het gebied" --source present
case event 1 --at "een week vooraf" --by AMF-TC-01 "Wijst de WOE aan als aanspreekpunt voor partners en collega's" --source present
case event 1 --at "de avond zelf" --by AMF-WA-03 "Staat bij de ingang en kent de organisatoren bij naam" --source present
case event 1 --at "de avond zelf" --by OpCo "Verdeelt de noodhulp en houdt de WOE op de hoogte" --source absent
case event 1 --at "de dag erna" --by gemeente "Vraagt één contactpersoon om na te praten; dat is de WOE" --source file
case factor 1 helping "Vooraf was bekend wie de regie had, ook bij de partners"
case factor 1 helping "De wijkagent kende de mensen om wie het ging"
case factor 1 hindering "De OpCo van de late dienst hoorde het pas bij de overdracht"
case lesson 1 went-well "De WOE hield de regie van de voorbereiding tot het nagesprek"
case lesson 1 could-be-better "De OpCo vanaf het begin betrekken, ook bij de dienst daarna"
session add Amersfoort --kind casusleren --date 2023-04-18 --title "Casus die minder goed liep" --lead Sem
session join 3 AMF-WOE-02 AMF-WOE-05 AMF-OSA-01 AMF-WA-05 AMF-OE-03 AMF-OPCO-01
case add 3 "Een geur in een portiekflat" --outcome went-less-well
case event 2 --at 2022-11-02 --by AMF-WA-05 "Gaat mee met de eerste melding en licht de volgende OpCo in" --source present
case event 2 --at 2022-11-03 --by gemeente "Belt de WOE van een portefeuille, die niet wist dat de wijkagent er al bij was" --source present
case event 2 --at 2022-11-03 --by AMF-OE-03 "Had de WOE van het gebied moeten vervangen; dat gebeurde niet" --source absent
case event 2 --at "de week daarna" --by recherche "Districts- en teamrecherche verwijzen naar elkaar" --source file
case event 2 --at "na drie weken" --by teamchef "Schaalt de casus op naar het overleg voor complexe zaken" --source present
case factor 2 helping "De wijkagent pakte in de eerste uren snel door"
case factor 2 hindering "Partners belden elk hun eigen contact bij de politie"
case factor 2 hindering "De afspraak over vervanging bij afwezigheid werd niet gevolgd"
case lesson 2 went-well "De eerste melding werd meteen goed overgedragen"
case lesson 2 could-be-better "Na de acute fase neemt de WOE van het gebied de regie, en de OE vervangt hem als hij er niet is"
case lesson 2 could-be-better "Eén contactpersoon voor partners, zodat niemand gaat shoppen"
feedback add 3 "Leg in het maandoverleg vast wie bij afwezigheid de regie overneemt" --theme "Rolverdeling bij complexe casuïstiek" --check 2023-06-06
feedback check 1 partly --date 2023-04-04 --note "casussen worden nu met een vraag ingebracht, nog niet altijd"
feedback check 2 followed --date 2023-06-06 --note "vervangingsschema per gebied en portefeuille staat"
session add Amersfoort --kind terugblik --date 2024-02-27 --title "Terugblik met de kerngroep" --lead Noor
# Utrecht-Zuid: sessions under pressure of capacity, where the themes were sharpened.
session add Utrecht-Zuid --kind ontwikkelbijeenkomst --date 2023-02-21 --title "Probleemgericht werken als de bezetting krap is" --lead Lotte
session join 5 UTZ-OEWA-01 UTZ-OE-01 UTZ-OE-02 UTZ-TC-01 +wijkagent
session agenda 5 "Welke problemen blijven liggen" "Wat kan wel in een krap rooster"
feedback add 5 "Plan de analysetijd voor de twee gekozen problemen als vaste dienst, niet als restpost" --theme "Probleemgericht werken onder druk" --check 2023-04-18
theme add Utrecht-Zuid "Analysetijd beschermen in het rooster" --session 5 --reason "bleef in elke sessie terugkomen als de voorwaarde voor probleemgericht werken"
plan add "Analysetijd beschermen in het rooster" "Analysediensten alleen inzetten voor meldingen na akkoord van de teamchef" --owner teamchef --level tactical --status idea --date 2023-02-21
session add Utrecht-Zuid --kind overleg --date 2023-03-28 --title "Teamoverleg over cluster en pijler" --lead Daan
feedback add 6 "Maak de beslisregel over cluster of pijler zichtbaar in de briefing" --theme "Thematische verantwoordelijkheid en gebiedsverantwoordelijkheid" --check 2023-05-30
session add Utrecht-Zuid --kind meelopen --date 2023-05-09 --title "Meegelopen in cluster West" --lead Lotte
feedback check 3 not-followed --date 2023-04-18 --note "de analysediensten werden opnieuw ingezet voor meldingen"
feedback check 4 not-followed --date 2023-05-30 --note "niet besproken; het overleg ging over de zomerbezetting"
feedback check 3 partly --date 2023-09-12 --note "in één cluster staat de analysetijd nu in het rooster"
# Almere Stad-Haven: the sessions that led to the pilot with personnel care at the WOE.
session add "Almere Stad-Haven" --kind ontwikkelbijeenkomst --date 2023-02-14 --title "Personeelszorg: wat vraagt het van de WOE" --lead Yasmina
session join 8 ASH-WOE-01 ASH-WOE-02 ASH-OE-01 ASH-TC-01
session agenda 8 "Voor en tegen van personeelszorg bij de WOE" "Voorwaarden voor een proef"
feedback add 8 "Spreek vooraf af wat de proef moet opleveren en wanneer je evalueert" --theme "Personeelszorg wijkagent bij WOE" --check 2023-06-01
session add "Almere Stad-Haven" --kind overleg --date 2023-05-23 --title "Besluit in het managementteam over de proef" --lead Ruben
session add "Almere Stad-Haven" --kind begeleidingscommissie --date 2023-10-10 --title "Begeleidingscommissie: stand van de proef" --lead Yasmina
feedback add 10 "Houd bij hoeveel tijd de personeelszorg de WOE kost" --theme "Personeelszorg wijkagent bij WOE" --check 2024-01-15
feedback check 5 followed --date 2023-05-23 --note "doelen en evaluatiemomenten staan in het besluit"
feedback check 6 not-followed --date 2024-01-15 --note "geen urenregistratie; de WOE schat het zelf"

# The teams' own text: written with each team, kept in versions by date (an interim report in
# spring 2023 shows the first), reviewed with the team before publication.
as Noor
text set Amersfoort inleiding "Amersfoort (190 fte) koppelde zijn zes WOE's kort voor het onderzoek aan een GGG. In de interviews ging het vooral over wie de regie neemt als een casus meerdere partners raakt." --date 2023-05-31
text set Amersfoort inleiding "Amersfoort (190 fte) koppelde zijn zes WOE's kort voor het onderzoek aan een GGG. Het team werkte een jaar aan de regie bij complexe casussen, aan coaching van wijkagenten en aan portefeuilles die laten zien wat ze opleveren. De werkafspraak over de regie staat; de gezamenlijke ontwikkelgesprekken kwamen niet verder dan een idee." --date 2024-03-12
text set Amersfoort 2 "Het team koos zelf voor de casusleerbijeenkomsten: een casus die goed liep naast een die vastliep laat meer zien dan een afspraak op papier." --date 2024-03-12
text set Amersfoort aan-de-slag "Kies een casus die goed liep en een die vastliep, en leg hun tijdlijnen naast elkaar. Spreek per casus binnen een week af wie de regie heeft, en wie hem overneemt bij afwezigheid." --date 2024-03-12
review record Amersfoort --date 2024-03-19 --with WOE OE teamchef --note "de passage over de OpCo aangevuld"
as Lotte
text set Utrecht-Zuid inleiding "Utrecht-Zuid (150 fte) noemt zijn WOE's OEWA. In 2022 waren het er drie, elk met een cluster en een pijler; halverwege het onderzoek bleef er één over, zonder cluster." --date 2024-06-11
text set Utrecht-Zuid aan-de-slag "Bescherm de analysetijd in het rooster voordat je problemen kiest. Leg vast wat er gebeurt met het werk van een OEWA die vertrekt." --date 2024-06-11
review record Utrecht-Zuid --date 2024-06-25 --with OE wijkagent teamchef
as Yasmina
text set "Almere Stad-Haven" inleiding "Almere Stad-Haven (141 fte) liet zijn WOE's thematisch werken voor het hele team. Uit de focusgroep kwam de vraag wie voor de wijkagent zorgt; het team probeerde een jaar lang personeelszorg bij de WOE in GGP 2." --date 2023-05-31
text set "Almere Stad-Haven" inleiding "Almere Stad-Haven (141 fte) liet zijn WOE's thematisch werken voor het hele team. Het team probeerde in 2024 een jaar lang personeelszorg bij de WOE in GGP 2 en zette de proef daarna voort in dat cluster." --date 2025-01-21
text set "Almere Stad-Haven" aan-de-slag "Spreek vooraf af wat een proef moet opleveren en wanneer je evalueert. Houd bij hoeveel tijd de nieuwe taak kost, anders schat iedereen het zelf." --date 2025-01-21
review record "Almere Stad-Haven" --date 2025-02-04 --with WOE OE teamchef --note "de evaluatie van de proef door het team zelf laten verwoorden"
synthesis add conclusion "De positie van de WOE verschilt per team, en bepaalt welke vragen het team over de rol heeft." --teams Amersfoort Utrecht-Zuid "Almere Stad-Haven"
synthesis add conclusion "Waar een WOE vertrok zonder afspraak over het werk, viel het terug op de OE's." --teams Utrecht-Zuid
synthesis add recommendation "Leg per team vast wat de WOE doet en laat, en bespreek dat jaarlijks met het team." --teams Amersfoort Utrecht-Zuid "Almere Stad-Haven"
