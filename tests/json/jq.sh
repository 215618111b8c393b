# Every line is one valid JSON object that jq reads back.
wire-json tests/join/basic.in | jq -c '[.kind, .para, .sent, (.text // .site // .fields)]'
