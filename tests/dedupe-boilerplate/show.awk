# show.awk -- mark records and the sentence text they judge, one a line.
BEGIN { FS = "\t" }
$2 == "mark" && $4 == 0 { m = $5 " " $6; next }
$2 == "mark" { sm = $5 " " $6; next }
$2 == "doc" { print "== " $1; next }
$2 == "sentence" { if (sm != "") { print "  " sm "\t" $7; sm = "" } else print m "\t" $7 }
