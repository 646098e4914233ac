#!/usr/bin/perl
# golden.pl RULES.tsv: runs each Golden Rule's input through txseg (from
# PATH, as a document on its own) and compares the sentences with the
# expected ones.  Prints each failure, then "N passed, M failed".
use strict;
use warnings;
use IPC::Open2;

sub unescape {
	my $s = shift;
	$s =~ s/\\(.)/$1 eq 'n' ? "\n" : $1 eq 't' ? "\t" : $1 eq 'r' ? "\r" : $1/ge;
	return $s;
}

open(my $fh, '<:raw', $ARGV[0]) or die "$ARGV[0]: $!";
<$fh>;
my ($pass, $fail) = (0, 0);
while (<$fh>) {
	chomp;
	my ($id, $rule, $input, $expected) = split /\t/, $_, -1;
	$input = unescape($input);
	my @want = map { unescape($_) } split / \|\|\| /, $expected;
	my $pid = open2(my $out, my $in, 'txseg', '--no-header', '-');
	binmode $in;
	binmode $out;
	print $in $input;
	close $in;
	my @got;
	while (my $l = <$out>) {
		chomp $l;
		my @c = split /\t/, $l, -1;
		push @got, $c[7];
	}
	waitpid($pid, 0);
	my $status = $? >> 8;
	if ($status == 0 && join("\n", @got) eq join("\n", @want)) {
		$pass++;
	} else {
		$fail++;
		print "rule $id ($rule): status $status\n  want: ", join(' ||| ', @want),
		    "\n  got:  ", join(' ||| ', @got), "\n";
	}
}
print "$pass passed, $fail failed\n";
