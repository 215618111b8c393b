# Phrases that are chrome on a page and ordinary words in news prose:
# "subscribe to", "weekly newsletter", "become a member", "terms and
# conditions", and NAME/AGENCY credits next to pairs of codes such as
# ratings.  The prose keeps them; the short chrome lines still go.
d=tests/dedupe-boilerplate
LC_ALL=C awk -f $d/mkrec.awk <<'PAGE' | wire-dedupe-boilerplate --mark | awk -f $d/show.awk
# bonds1 ledgerline.example
Skip to main content
Markets | Bonds | Companies
Subscribe to our newsletter
Become a member
The Harbour Brief is a weekly newsletter for port and shipping managers.
By using this site you are agreeing to the terms and conditions in our legal notice.
LONDON, May 4 - Quayside Holdings is issuing 150 mln euros of bonds due 2031, each carrying two warrants that give the holder the right to subscribe to new ordinary shares at 4.20 euros.
The bonds are rated AAA/AA.
Shareholders will have a preferential right to subscribe to the issue until May 20, the company said in a statement to the exchange.
The terms and conditions of the offer will be set out in a prospectus to be published next week, the lead manager said.
The Cyprus-based weekly newsletter quoted shipping sources as saying that freight rates on the route would not change before the autumn.
In order to become a member of the clearing house, the company would need the backing of two-thirds of the existing members, it added.
The crane at the north berth on Monday AFP/Getty Images
Dockers at the gate before the vote HANDOUT/REUTERS
Share this article
Related stories
Harbour board agrees crane repairs after winter failures…
© 2026 Ledgerline Media. All rights reserved.
PAGE
