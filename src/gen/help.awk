# src/gen/help.awk — a tool's opening comment block as a C string (its --help).
#   awk -f help.awk src/cat.c > build/gen/cat.help.h
# Takes the lines from the first "/*" to the first "*/", drops the comment
# markers, and escapes what C needs escaped.
NR == 1 && !/^\/\*/ { exit 1 }
{
	line = $0
	done = index(line, "*/") > 0
	sub(/\*\/.*$/, "", line)
	if (NR == 1) sub(/^\/\* ?/, "", line); else sub(/^ \* ?| \*$/, "", line)
	sub(/[ \t]+$/, "", line)
	gsub(/\\/, "&&", line); gsub(/"/, "\\\"", line); gsub(/\t/, "\\t", line)
	if (done && line == "") exit 0
	text = text "\t\"" line "\\n\"\n"
	if (done) exit 0
}
END { printf "static const char help_text[] =\n%s;\n", text }
