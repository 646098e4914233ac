#!/usr/bin/env bats
# The README's examples are real: each "$ command" in a code block, run
# from the repository root, prints exactly the lines shown under it.
bats_require_minimum_version 1.5.0

setup() {
	load helper
}

@test "every README example prints what the README shows" {
	cd "$TX_ROOT"
	n=0
	while IFS= read -r -d '' block; do
		cmd=${block%%$'\n'*}
		want=${block#*$'\n'}
		# Exit status 1 is "different" or "nothing matched" (txdiff,
		# txkwic), not trouble.
		got=$(bash -c "set -o pipefail; ${cmd#\$ }") || [ $? -eq 1 ] ||
		    { echo "README example failed: $cmd"; false; }
		[ "$got" = "$want" ] || { echo "README example: $cmd"; diff <(echo "$want") <(echo "$got"); false; }
		n=$((n + 1))
	done < <(awk '
		/^```/ { if (inb && text != "") printf "%s%c", text, 0; inb = !inb; text = ""; next }
		inb && text == "" && /^\$ / { text = $0; next }
		inb && text != "" { text = text "\n" $0 }' README.md)
	[ "$n" -ge 2 ]
}
