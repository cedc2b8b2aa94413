help
help participant
help participant add
team add "Almere Stad-Haven" --code ASH ; team add 'Utrecht-Zuid' --code UTZ  # two commands on one line
team show "almere stad-haven"
team show ash
team add Dubbel\ Naam --code DN
team list --json
quit
team list
