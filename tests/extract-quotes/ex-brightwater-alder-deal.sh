# examples/valleywire/brightwater-alder-deal.txt after wire split: type, speaker, org, cue and
# text of every quote record (examples/README.md lists the quotes).
wire-split examples/valleywire/brightwater-alder-deal.txt | wire-extract-quotes --all |
    awk -F '\t' '$2 == "quote" { print $9 "|" $10 "|" $11 "|" $12 "|" $13 }'
