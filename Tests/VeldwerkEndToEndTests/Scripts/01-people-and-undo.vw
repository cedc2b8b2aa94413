# A scripted session: teams, roles, participants, interviews, undo twice, history.
researcher add Noor
researcher add Sem
as Noor
team add Amersfoort --code AMF --fte 190 --area-kind GGG --areas "Noord,Oost,Binnenstad" --portfolios "Jeugd,Ondermijning"
team add "Utrecht-Zuid" --code UTZ --fte 150 --area-kind cluster --areas "West,Zuid-West,Zuid"
role add WOE --description "wijkagent operationeel expert"
role add wijkagent --code WA
role add OE
participant add --team AMF --role WOE --name "Henk Vliegenthart"
participant add --team AMF --role WOE
participant add --team Amersfoort --role wijkagent --name "Sara Oost"
participant add --team UTZ --role OE --id UTZ-OE-07
interview add AMF-WOE-01 --date 2022-03-07
interview add AMF-WA-01 --date 2022-03-09 --interviewer Sem
interview add UTZ-OE-07 --date 2022-04-01
team list
team show Amersfoort
role list
participant list
participant list --team AMF --names
participant show AMF-WOE-01
interview list
undo
undo
interview list
participant list
history
history --names --last 3
researcher list
participant list --team UTZ --json
