# Tables, lists and cut-off paragraphs at the edges of the article and
# inside it: the position rules that take them in (reasons table and
# cut-off, a dateline above a results table broken by an ad slot), and
# the chrome they must leave out.  Lines in capitals between kept rows
# of figures are the table's (caps1, caps2); beside a shop's link ("$75
# at Amazon") or between prose they stay out (caps3).  Prose after a
# paragraph cut off inside the article is the article's (cut4).  A
# dateline opens the article over a results table, through its labels,
# an ad slot and a row repeated (open2).
d=tests/dedupe-boilerplate
LC_ALL=C awk -f $d/mkrec.awk <<'PAGE' | wire-dedupe-boilerplate --mark | awk -f $d/show.awk
# list1 quayside.example
Skip to content
Home | Port | Business | Weather
The harbour board met on Thursday to agree its plans for the coming year, after a winter in which two of the cranes failed.
The chairman, Ines Varga, said the board had three aims for the year:
1) to repair both cranes before the summer
2) to lengthen the north berth for larger ferries
3) to cut the waiting time for lorries at the gate
Share this article
Facebook
Related stories
Crane driver praised for quick thinking in storm…
Ferry timetable changes from next month…
# table1 gristmill.example
Menu
Markets | Grain | Livestock
The county's grain stores said on Monday that deliveries rose in the quarter, helped by a dry harvest and higher prices for barley.
Deliveries were reported in thousand tonnes against the same quarter a year ago.
SPRING BARLEY
2026 2025
Delivered 41.2 38.9 Stored 12.5 11.0 Shipped 28.7 27.9
WINTER WHEAT
2026 2025
Delivered 55.0 57.3 Stored 20.1 22.4 Shipped 34.9 34.9
Share on Facebook
Most read
Barley prices climb to a two-year high…
Storage firm opens new silo at the docks…
# head1 fieldreport.example
Skip to main content
Sign in
Home / Farming
Published April 8, 2026
OATS
2025/26 2024/25 2025/26 2024/25
Planted 12.1 12.1 13.4 13.4 Harvested 10.2 10.2 11.8 11.8 Yield 61.4 61.4 63.0 63.0 Start Stocks 120 120 98 98 Production 626 626 743 743 Imports 5 5 4 4 Total 751 751 845 845 Feed 300 300 310 310 Exports 40 40 52 52
BARLEY
2025/26 2024/25 2025/26 2024/25
Planted 22.5 22.5 21.0 21.0 Harvested 20.9 20.9 19.7 19.7 Yield 71.0 71.0 69.2 69.2 Start Stocks 210 210 188 188 Production 1,484 1,484 1,363 1,363 Imports 2 2 3 3 Total 1,696 1,696 1,554 1,554 Feed 800 800 790 790 Exports 400 400 380 380
The department cut its estimate of the oat harvest for the second month running, saying late frosts had damaged crops in the north.
Growers said the smaller crop would push up prices for feed mills, which have already raised what they charge farmers.
Privacy Policy | Terms of Use
# results1 ledgerline.example
Skip to content
Business | Companies
TARNBY, March 17 - Qtr ends Feb 28
Shr six pence vs three pence
Net 189,683 vs 80,499
Advertisement
Revs 2,874,930 vs 2,594,474
Avg shrs 3,100,000 vs 3,050,000
Prior year figures include a gain of one penny a share from the sale of a depot in the town.
Share via Email
# cut1 ferrynews.example
Skip to content
News | Ferries
The ferry company said on Friday that it would buy two new boats for the island route, the first new vessels on the route in twenty years.
The boats, to be built at a yard in the north, will carry up to 400 passengers and 60 cars each, and should enter service in 2028.
The company said the order would be paid for from its own funds and a loan, and that fares on the route would not rise to pay for it, although the...
Share this article
Email
# cut2 ferrynews.example
Skip to content
News | Ferries
Island councillors welcomed the order, saying the two boats now on the route were often out of service for repairs in the winter.
The council leader said the new boats would be a lifeline for the island
Share this article
Email
# cut3 ferrynews.example
Skip to content
News | Ferries
PORT ELLIS, May 4 - The ferry company said on Monday that the first of its two new boats had been launched at the yard in the north, a month ahead of the plan.
About two hundred people, many of them from the island, watched as the hull slid down the slipway into the river in the early afternoon sun.
The yard's managing director told reporters at the launch that the second hull would follow in the autumn and that fitting out both boats would take about...
Advertisement
The company said the boats would carry their first passengers on the island route next spring, after sea trials and crew training over the winter.
The island council, which pressed for the order for years, said it would hold a public meeting on the new timetable before the boats enter service.
Related stories
Island councillors welcome the order for two new boats on the route, saying the old ones were often out of service in the winter…
Fares on the island route will not rise to pay for the new boats, the company said on Friday after the order was signed with the yard…
# edge1 coastwatch.example
Skip to content
News | Coast
The coastguard said on Sunday that it had rescued four people from a yacht that ran aground on rocks off the headland in heavy seas.
The crew were taken to hospital as a precaution and the yacht was later towed back into the harbour by a lifeboat.
Read more:
Coastguard station to close at night
Lifeboat crew honoured for rescue
Sea wall repairs to start in May
Lighthouse opens to visitors again
Beach cafe wins award
Related stories
Yacht crew rescued off the headland after storm warning was ignored by the skipper, who said the forecast was wrong and that…
Coastguard calls for more volunteers to join the rescue teams along the coast after a busy summer season on the beaches and…
# caps1 millrace.example
Skip to content
MILLRACE NEWS
Home | Markets | Results
KELSO, May 2 - Shr 41 cts vs 35 cts
Net 1,204,000 vs 980,000
Revs 12.5 mln vs 11.0 mln
NINE MTHS
Shr profit 1.10 dlrs vs profit 92 cts
Advertisement
Net 3,210,000 vs 2,700,000
The company said its results were helped by higher sales of its garden tools and by lower costs at its two mills in the north.
SHARE THIS STORY
Facebook
# caps2 millrace.example
Skip to content
Home | Markets | Grain
DUNMORE, MAY 4 - BASIS BIDS POSTED BY GRAIN DEALERS AT THE CLOSE -
CORN SPOT, 4 UNDER JULY - UNC
Corn processors 2.41 2.38 2.35 2.30
OATS MERCHANDISER SPOT, 20 OVER JULY - UNC
WHEAT MILLERS
Wheat millers 3.12 3.10 3.05 3.01
SHARE THIS STORY
# caps3 homeandtable.example
Skip to content
The garden party season is here, and with it a chance to bring out the best linen and the brightest glasses you own.
LINEN NAPKINS, SET OF 4
$40 at Hollis & Reed
A colourful table does not need to cost much: two or three bright pieces can lift a plain white cloth.
MIX YOUR GLASSES
Odd glasses from markets and charity shops make a table look collected over years rather than bought in one go.
Share on Facebook
# cut4 ferrynews.example
Skip to content
News | Ferries
PORT ELLIS, May 9 - The ferry company said on Saturday that sea trials of its first new boat had gone well and that the crew had begun training.
The boat reached its full speed of fifteen knots on the second day and handled well in a force six wind off the headland, the company said.
Engineers from the yard were on board for all four days of the trials and will stay with the boat for her first month in service on the island route.
The captain, Rhona Baird, said the crew were "delighted with how she turns, how quiet the engines are and how little she rolls in a beam sea..."
Fares on the route will stay the same until the end of next year.
Share this article
Email
# open2 millrace.example
Skip to content
Home | Markets | Results
DALLAS, May 6 - Oper shr loss nil vs loss nil
Oper net loss 112,000 vs loss 125,000
Revs nil vs nil
Avg shrs 26.7 mln vs 21.9 mln
Year
Advertisement
Oper shr loss two cts vs loss two cts
Oper net loss 450,000 vs loss 503,000
Revs nil vs nil
Avg shrs 24.8 mln vs 20.8 mln
NOTE: Net excludes losses from discontinued oil and natural gas operations of 44.7 mln dlrs vs 9,489,000 dlrs in the year.
Share this article
PAGE
