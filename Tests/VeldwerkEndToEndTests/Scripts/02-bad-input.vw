# Every command after the three that set up must fail with a one-line error and change nothing.
undo
team add Amersfoort --code AMF
role add WOE
participant add --team AMF --role WOE
tema list
team ad Utrecht
team
team add
team add A B
team add amersfoort
team add Other --code amf
team add X --fte abc
team add X --fte -3
team add X --areas "Noord,noord"
team add "Unterminated
team list --verbose
participant add --team Amersfort --role WOE
participant add --team AMF --role koffie
participant add --team AMF
participant add --team AMF --role WOE --id "AMF WOE 1"
participant add --team AMF --role WOE --id AMF-WOE-01
participant show AMF-WOE-09
interview add AMF-WOE-01 --date 2022-02-30
interview add AMF-WOE-01 --date gisteren
interview add AMF-WOE-01
interview add AMF-WOE-01 --date 2022-03-01 --interviewer Nobody
as Nobody
history
help tem
