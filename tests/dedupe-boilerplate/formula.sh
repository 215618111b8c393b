# A sentence repeated in a few of a site's articles ("Terms were not
# disclosed.") is a formula that may end one (reason formula); a line on
# most of the site's pages, sentence or not, is its template.  Forty
# pages of one site; the formulas are in three of them (under a tenth).
d=tests/dedupe-boilerplate
awk 'BEGIN {
	for (i = 1; i <= 40; i++) {
		print "# w" i " wharfdaily.example"
		print "Skip to content"
		print "Home | Deals | Markets | Shipping"
		if (i % 12 == 1 && i > 1) {
			print "HARWICH, May " i % 28 + 1 " - Qtly div " i " cts vs " i - 1 " cts prior"
			print "Pay June One"
			print "Record May Three"
		} else {
			print "HARWICH, May " i % 28 + 1 " - Stonebridge Holdings said it had bought " \
			    "dealer number " i " in the port for cash, its third purchase in the county this year."
			print "The dealer employs " i + 20 " people and will keep its name and its premises on the quay, the company said."
			if (i % 12 == 0)
				print "Terms were not disclosed."
		}
		print "Wharf Daily is published by Wharf Media Group."
		print "Share this article"
	}
}' | LC_ALL=C awk -f $d/mkrec.awk | wire-dedupe-boilerplate --mark |
    awk -f $d/show.awk | awk '/^== / { show = $2 ~ /^w(3|24|36|37)$/ } show'
