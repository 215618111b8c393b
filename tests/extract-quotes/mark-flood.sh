# Runs of empty mark pairs ("""" ...) and of opening marks with nothing
# quoted keep no quote (they kept one each, about 100 bytes a mark):
# the real quotations around them are found as before.
{
	printf 'Ann Lee spoke first. """"""""""""""""""""""""""""""""\n'
	printf '"We will rebuild the pier," Ann Lee said.\n'
	printf '\342\200\234\342\200\234\342\200\234\342\200\234\342\200\234\342\200\234\342\200\234The ferry runs again,\342\200\235 said Ivo Brandt.\n'
} | wire-split | wire-extract-quotes --all |
    awk -F '\t' '$2 == "quote" { print $3 "|" $4 "|" $7 "|" $8 "|" $9 "|" $10 "|" $12 "|" $13 }'
