# What may end an article after its last sentence: a note without a
# full stop (cut-off), the wire's sign-off ("Reuter", "REUTER..."), an
# editor's note in brackets (note; inside the article too, paste1); and
# what a table may hold: a heading repeated over its next part (table2),
# labels in capitals over a row in a document of tables alone (label1).
# Paragraphs of the article pasted again inside it end nothing (paste1).
d=tests/dedupe-boilerplate
LC_ALL=C awk -f $d/mkrec.awk <<'PAGE' | wire-dedupe-boilerplate --mark | awk -f $d/show.awk
# note1 quayside.example
Skip to content
Home | Port | Business
The harbour board said on Thursday that its profit rose in the year, helped by more cruise ships calling at the port.
It said the second crane would be repaired by the summer, and that the north berth would be lengthened next year.
Results include a charge of 1.2 mln for the crane and a credit of 0.4 mln from the sale of land in both periods
2025 year profit also includes a gain of about 3.5 mln from the sale of the old ferry terminal
The board said it expects the number of cruise ships to rise again this year. REUTER...
Reuter
(Correcting the name of the board's chairman)
Share this article
Related stories
Crane driver praised for quick thinking in storm…
Ferry timetable changes from next month…
# note2 quayside.example
Skip to content
Home | Port | Business
The ferry company said on Friday that its profit fell in the year, after storms kept two of its boats in port for a month.
Operating profit in the latest quarter and year includes a charge of 1.2 mln for the repairs
2025 year profit also includes a gain of about 3.5 mln from the sale of the old ferry terminal
Share this article
# table2 quayside.example
Skip to content
Home | Port | Business
Average rates on harbour deposits fell to 4.27 pct in the week, the board said, the lowest level this year.
Average deposit rates of city, trust and county banks
Less than 60 days 4.33 pct (4.32)
60-90 days 4.13 pct (4.37)
Average deposit rates of city, trust and county banks
Advertisement
90-120 days 4.35 pct (4.30)
120-150 days 4.38 pct (4.29)
Share this article
# label1 quayside.example
Skip to content
Home | Port | Markets
FOB RIVER - CLOSE MAY 6
CENTS PER LB CHANGE BELLIES 12-14 60 up 1 14-16 60 up 1 16-18 57 unch
Share this article
# paste1 quayside.example
Skip to content
Home | Port | Business
TOKYO, March 26 - The port authority said on Thursday that it would cut its fees for cargo ships by two percent from April, the first cut in ten years.
Shipping lines have long said the fees were the highest in the region and had driven trade to other ports along the coast.
(SEE PAGE FOUR FOR THE FULL TABLE OF FEES)
The authority said the cut would cost it about 40 mln yen a year, which it would meet from savings in its own running costs.
A spokesman for the shipping lines said the cut was welcome but too small to bring back the trade the port had lost.
Advertisement
He said the lines would ask for a larger cut when the fees are next reviewed in two years' time.
Importers said the cut would do little for consumers because of the way goods are handled once they are ashore.
He said the lines would ask for a larger cut when the fees are next reviewed in two years' time.
Importers said the cut would do little for consumers because of the way goods are handled once they are ashore.
The authority said it was also looking at ways to speed up handling at the quay.
Share this article
PAGE
