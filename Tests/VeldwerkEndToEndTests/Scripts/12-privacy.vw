# What exports may say about people: the role threshold, consent to be quoted, the check.
researcher add Noor
as Noor
team add Amersfoort --code AMF --fte 190
role add WOE
role add teamchef --code TC
participant add --team AMF --role WOE --name "Geheime Naam"
participant add --team AMF --role WOE
participant add --team AMF --role teamchef --name "Kees Baas"
interview add AMF-WOE-01 --date 2022-06-07 --interviewer Noor
codebook import files/codes.yaml
transcript import files/interview-a.txt --interview 1
code 1 2 Rolverdeling --tension onduidelijkheid
a4 add AMF Rolverdeling "Regie, zoals Baas het zei"
focusgroup add AMF --date 2022-11-15
prioritise AMF 1
privacy threshold
privacy check AMF
privacy threshold 2
privacy check Amersfoort
privacy threshold 0
privacy threshold 101
privacy threshold drie
privacy check Nergens
consent AMF-WOE-01 --quotes no
consent AMF-WOE-01 --quotes maybe
consent AMF-XX-99 --quotes no
consent AMF-WOE-01
privacy check AMF --json
consent AMF-WOE-01 --quotes yes
undo
