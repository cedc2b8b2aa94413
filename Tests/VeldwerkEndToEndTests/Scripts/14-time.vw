# Two years in the field: people move, a team names a role its own way, phases, plan paths, dated time pies.
researcher add Noor
as Noor
team add Utrecht-Zuid --code UTZ
team add Almere --code ALM
role add WOE
role add OEWA
role add OSA
role add teamchef --code TC
participant add --team UTZ --role WOE
participant add --team UTZ --role WOE
participant add --team UTZ --role WOE
participant add --team ALM --role teamchef
# The OEWA's of Utrecht-Zuid are its WOE's: the role stays one function, the team's own name is shown.
role alias WOE OEWA --team Utrecht-Zuid
role alias WOE "" --team Utrecht-Zuid
role alias Niemand X --team UTZ
role list
participant move UTZ-WOE-02 --date 2023-09-01 --role OSA
participant move UTZ-WOE-03 --date 2024-01-15 --team ALM --area "Almere Haven"
participant move UTZ-WOE-03 --date 2024-01-15 --team ALM
participant move UTZ-WOE-01 --date 2023-02-30 --role OSA
participant move UTZ-WOE-01 --date 2023-09-01
participant move UTZ-WOE-01 --date 2023-09-01 --role Niemand
participant move NIEMAND-01 --date 2023-09-01 --role OSA
participant list --team UTZ --as-of 2022-10-01
participant list --team UTZ --as-of 2024-06-01
participant list --as-of gisteren
participant show UTZ-WOE-03
team edit UTZ --woe-position "Een OEWA per cluster, tussen team en wijk" --date 2022-06-01
team edit UTZ --woe-position "Nog een OEWA, voor het hele team" --date 2024-01-15
team edit UTZ --date 2024-01-15
team show UTZ
phase UTZ verkennen --from 2022-06-01 --to 2022-10-31
phase UTZ terugkoppelen --from 2022-11-01 --to 2022-12-31
phase UTZ concretiseren --from 2023-02-01
phase UTZ concretiseren --from 2023-02-01 --to 2023-05-31
phase UTZ implementeren --from 2023-06-01
phase UTZ afronden --from 2024-12-01 --to 2024-11-01
phase UTZ opruimen --from 2024-12-01
phase UTZ terugkoppelen --from 2022-10-01 --to 2022-11-30
phase Nergens verkennen --from 2022-06-01
phase list UTZ
phase list
codebook add Personeelszorg
a4 add ALM Personeelszorg "Wie zorgt voor de mensen?"
focusgroup add ALM --date 2022-12-06
prioritise ALM 1
plan add 1 "Pilot personeelszorg door de WOE" --owner WOE --level tactical --status idea --date 2023-02-14 --scope basisteam --expects "de teamchef houdt tijd over voor de ploegen"
plan add 1 "Spreekuur" --forum teamoverleg --level operational --status started --date 2023-06-01
plan add 1 "Eigen aanspreekpunt" --owner ALM-TC-01 --level operational --status idea --date 2023-03-01
plan add 1 "Niemand" --level operational --status idea
plan add 1 "Beide" --owner WOE --forum teamoverleg --level operational --status idea
plan add 1 "Breed" --owner WOE --level strategic --status idea --scope wereldwijd
plan approve 1 --by teamoverleg --date 2023-03-14
plan approve 1 --by teamoverleg --date 2023-03-14
plan approve 1 --by teamoverleg --date 2023-13-01
plan status 1 started --date 2024-01-08 --note "een jaar pilot"
plan status 1 started --date 2024-02-01
plan evaluate 1 2024-06 --label halverwege --notes "meer tijd voor de ploegen, personeelsdossiers achter"
plan status 1 stopped --date 2024-12-20 --note "pilot niet verlengd"
plan status 1 klaar --date 2024-12-20
plan status 9 started
plan show 1
plan show 1 --json
# Time pies: dated, kept as history; a role as a whole and a vacant post too.
timepie UTZ-WOE-01 --date 2022-07-01 "portefeuille":50 "invallen":50
timepie UTZ-WOE-01 --date 2024-03-01 "portefeuille":80 "invallen":20
timepie UTZ-WOE-01 --date 2024-03-01 "portefeuille":70 "invallen":30
timepie WOE --team ALM --vacancy --date 2024-01-08 "personeelszorg":60 "casusregie":40
timepie WOE --team ALM --date 2024-01-08 "personeelszorg":100
timepie WOE --vacancy "x":100
timepie UTZ-WOE-01 --date 2024-03-01 "portefeuille":80
timepie compare UTZ --date 2023-01-01
timepie compare UTZ
timepie compare ALM
timepie history UTZ
timepie compare Nergens
text set ALM inleiding "Almere begon met een vraag over personeelszorg." --date 2022-12-10
text set ALM inleiding "Almere probeerde een jaar lang personeelszorg door de WOE." --date 2024-12-20
text set ALM inleiding "x" --date morgen
text show ALM
export ALM --format md --as-of 2022-13-01
undo
timepie compare UTZ
