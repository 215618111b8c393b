# Every content, shape and position rule, judged with --mark.
d=tests/dedupe-boilerplate
LC_ALL=C awk -f $d/mkrec.awk <<'PAGE' | wire-dedupe-boilerplate --mark | awk -f $d/show.awk
# page1 harbour.example
fb-pixel Skip to main content
Home | World | Business | Sport | Opinion
We use cookies to improve your experience. By continuing to browse you accept our cookie policy.
[site-logo-header]
SignupSignup
* * *
Email address [                    ]
Ferry fares to rise after council vote
By Ruth Marlowe
March 3, 2026 9:41 AM GMT
Gulls wheeled over the slipway as the last boat left the pier on Tuesday evening. || RUTH MARLOWE/HARBOUR LEDGER
PORT ELLIS — The city council voted 7-2 on Tuesday night to raise ferry fares by 3.5 percent from the start of next year, the first rise in six years.
The rise will take a single adult crossing from $3.20 to $3.31, and the money will pay for new engines for the oldest boat in the fleet.
Advertisement
What they said
“Nobody on this council enjoys asking riders to pay more,” the mayor said after the vote.
Councillor Tomas Reyes said the increase would fall hardest on shift workers who have no other way across the water. || “Nobody on this council enjoys asking riders to pay more,” the mayor said after the vote.
Adult single      $3.31     $3.20
Crossings
Pier
Deck
Galley
Hold
Child single      $1.60     $1.55
Riders can send comments to the council before the end of the month, and a public meeting will be held at the library in January.
Riders can send comments to the council before the end of the month, and a public meeting will be held at the library in January.
Share this article
Sign up for our newsletter
Photo: Harbour Ledger archive
The mayor at the pier on Tuesday KIMIMASA MAYAMA/EPA
Gallery of the harbour
Related stories
Storm Orla: what to expect on the coast this week…
jGGiXtGYVr8Port Ellis teachers vote to accept pay offer…
MOST READ STORIES
harbour ferry fares council vote pier engines boats fleet riders mayor councillor budget fares rise harbour ferry
© 2026 Harbour Ledger Media. All rights reserved.
3 Comments
I think the mayor is right about this, the boats are very old and the repairs are overdue.
PAGE
