# Repetition across documents: template lines of a site (K=3), lines
# common to the stream (N=3 here), syndicated copies (the first document
# keeps its copy), a repeated line standing inside an article.
d=tests/dedupe-boilerplate
LC_ALL=C awk -f $d/mkrec.awk <<'PAGE' | wire-dedupe-boilerplate --mark --stream-docs 3 | awk -f $d/show.awk
# a/1 a.example
Harbour Ledger Weekly
The harbour trust met on Monday to discuss the state of the old north pier, which has been closed since the winter storms.
Year
Members agreed to ask the city for money to repair the timber deck before the summer season begins.
Ledger Media Group
# a/2 a.example
Harbour Ledger Weekly
Ferry passengers faced delays on Wednesday after one of the boats developed an engine fault near the harbour mouth.
Year
The operator said a spare boat would run the service until repairs were finished later in the week.
Ledger Media Group
# b/1 b.example
Valley Wire Daily
Ferry passengers faced delays on Wednesday after one of the boats developed an engine fault near the harbour mouth.
The valley council will vote next month on a plan to build a new bridge over the river at the old ford crossing.
Ledger Media Group
# a/3 a.example
Harbour Ledger Weekly
The school board said on Thursday that it would open two new classrooms at the harbour primary school in September.
Year
Parents welcomed the news but said the board should also repair the leaking roof of the sports hall this year.
Ledger Media Group
PAGE
