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

# Roles are data: Utrecht-Zuid calls its WOE an OEWA
role add WOE --description "wijkagent operationeel expert"
role add OEWA --description "operationeel expert wijkagenten (the WOE in Utrecht-Zuid)"
role add wijkagent --code WA --description "neighbourhood officer"
role add OE --description "operationeel expert, often the line manager"
role add OSA --description "operationeel specialist A"
role add teamchef --code TC --description "team chief"
role add OpCo --description "shift coordinator"
role add taakaccenthouder --code TAH --description "officer with a thematic side task"

# Basisteam Amersfoort
team add "Amersfoort" --code AMF --fte 190 --area-kind GGG --areas "Noord,Noord-Oost,Oost,Soesterkwartier,Binnenstad,Zuid" --portfolios "Ondermijning,Cybercrime,Zorg en Veiligheid,Jeugd,Contraterrorisme,Evenementen"
participant add --team AMF --role WOE --name "Anouk Hendriks"
interview add AMF-WOE-01 --date 2022-03-07 --interviewer Noor
participant add --team AMF --role WOE --name "Bram Boer"
interview add AMF-WOE-02 --date 2022-03-10 --interviewer Sem
participant add --team AMF --role WOE --name "Carlijn Dekker"
interview add AMF-WOE-03 --date 2022-03-13 --interviewer Noor
participant add --team AMF --role WOE --name "Dennis Veenstra"
interview add AMF-WOE-04 --date 2022-03-16 --interviewer Sem
participant add --team AMF --role WOE --name "Esra Yilmaz"
interview add AMF-WOE-05 --date 2022-03-19 --interviewer Noor
participant add --team AMF --role teamchef --name "Frank Brouwer"
interview add AMF-TC-01 --date 2022-03-22 --interviewer Sem
participant add --team AMF --role OSA --name "Gerda Ramdin"
interview add AMF-OSA-01 --date 2022-03-25 --interviewer Noor
participant add --team AMF --role wijkagent --name "Hamza Jacobs"
interview add AMF-WA-01 --date 2022-03-28 --interviewer Sem
participant add --team AMF --role wijkagent --name "Iris Schouten"
interview add AMF-WA-02 --date 2022-04-02 --interviewer Noor
participant add --team AMF --role wijkagent --name "Joost van Leeuwen"
interview add AMF-WA-03 --date 2022-04-05 --interviewer Sem
participant add --team AMF --role wijkagent --name "Kim Vos"
interview add AMF-WA-04 --date 2022-04-08 --interviewer Noor
participant add --team AMF --role OE --name "Lars van Dijk"
interview add AMF-OE-01 --date 2022-04-11 --interviewer Sem
participant add --team AMF --role OE --name "Mirjam Kok"
interview add AMF-OE-02 --date 2022-04-14 --interviewer Noor
participant add --team AMF --role OE --name "Nadia Postma"
interview add AMF-OE-03 --date 2022-04-17 --interviewer Sem
participant add --team AMF --role OE --name "Orlando Hoekstra"
interview add AMF-OE-04 --date 2022-04-20 --interviewer Noor

# Basisteam Utrecht-Zuid
team add "Utrecht-Zuid" --code UTZ --fte 150 --area-kind cluster --areas "West,Zuid-West,Zuid" --portfolios "Zorg en Veiligheid,Jeugd/PGA,Ondermijning,Verkeer en Evenementen"
participant add --team UTZ --role OEWA --name "Petra Huisman"
interview add UTZ-OEWA-01 --date 2022-03-07 --interviewer Lotte
participant add --team UTZ --role OEWA --name "Quinten van der Heijden"
interview add UTZ-OEWA-02 --date 2022-03-10 --interviewer Daan
participant add --team UTZ --role OEWA --name "Rachida Sanders"
interview add UTZ-OEWA-03 --date 2022-03-13 --interviewer Lotte
participant add --team UTZ --role teamchef --name "Stijn Groen"
interview add UTZ-TC-01 --date 2022-03-16 --interviewer Daan
participant add --team UTZ --role wijkagent --name "Tamara Boukhari"
interview add UTZ-WA-01 --date 2022-03-19 --interviewer Lotte
participant add --team UTZ --role wijkagent --name "Umut Prins"
interview add UTZ-WA-02 --date 2022-03-22 --interviewer Daan
participant add --team UTZ --role wijkagent --name "Vera Wijnands"
interview add UTZ-WA-03 --date 2022-03-25 --interviewer Lotte
participant add --team UTZ --role wijkagent --name "Wouter Willems"
interview add UTZ-WA-04 --date 2022-03-28 --interviewer Daan
participant add --team UTZ --role OE --name "Xandra Timmermans"
interview add UTZ-OE-01 --date 2022-04-02 --interviewer Lotte
participant add --team UTZ --role OE --name "Youssef de Lange"
interview add UTZ-OE-02 --date 2022-04-05 --interviewer Daan
participant add --team UTZ --role OE --name "Zoë Meijer"
interview add UTZ-OE-03 --date 2022-04-08 --interviewer Lotte
participant add --team UTZ --role OE --name "Bas Vermeulen"
interview add UTZ-OE-04 --date 2022-04-11 --interviewer Daan

# Basisteam Almere Stad-Haven
team add "Almere Stad-Haven" --code ASH --fte 141 --area-kind cluster --areas "GGP 1,GGP 2,GGP 3,Opsporing" --portfolios "Zorg en Veiligheid,Ondermijning,Horeca Betaald voetbal en Evenementen"
participant add --team ASH --role WOE --name "Chantal Bos"
interview add ASH-WOE-01 --date 2022-03-07 --interviewer Yasmina
participant add --team ASH --role WOE --name "Dirk Molenaar"
interview add ASH-WOE-02 --date 2022-03-10 --interviewer Ruben
participant add --team ASH --role WOE --name "Eline Koster"
interview add ASH-WOE-03 --date 2022-03-13 --interviewer Yasmina
participant add --team ASH --role teamchef --name "Floor de Bruijn"
interview add ASH-TC-01 --date 2022-03-16 --interviewer Ruben
participant add --team ASH --role OSA --name "Gijs Lammers"
interview add ASH-OSA-01 --date 2022-03-19 --interviewer Yasmina
participant add --team ASH --role wijkagent --name "Hanneke Maas"
interview add ASH-WA-01 --date 2022-03-22 --interviewer Ruben
participant add --team ASH --role wijkagent --name "Ivo Peters"
interview add ASH-WA-02 --date 2022-03-25 --interviewer Yasmina
participant add --team ASH --role wijkagent --name "Jolien Zijlstra"
interview add ASH-WA-03 --date 2022-03-28 --interviewer Ruben
participant add --team ASH --role wijkagent --name "Koen de Groot"
interview add ASH-WA-04 --date 2022-04-02 --interviewer Yasmina
participant add --team ASH --role OE --name "Lieke Kaya"
interview add ASH-OE-01 --date 2022-04-05 --interviewer Ruben
participant add --team ASH --role OE --name "Martijn Verhoeven"
interview add ASH-OE-02 --date 2022-04-08 --interviewer Yasmina
participant add --team ASH --role OE --name "Nienke Kramer"
interview add ASH-OE-03 --date 2022-04-11 --interviewer Ruben
participant add --team ASH --role OE --name "Olav Bakker"
interview add ASH-OE-04 --date 2022-04-14 --interviewer Yasmina

