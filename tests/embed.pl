#!/usr/bin/perl
# embed.pl [-q] RULES.tsv...: runs each rule's input (Golden Rules format: id,
# rule, input, expected sentences joined by " ||| ") through txseg (from
# PATH) three ways: alone; after a sentence in the same paragraph and
# before another paragraph; and, when the input ends a sentence, with a
# sentence after it in the same paragraph too.  The embedding sentences
# must come out separate and the rule's sentences unchanged.  Prints each
# failure (-q: its rule id and way only), then "alone: N/M, embedded: N/M,
# followed: N/M".
use strict;
use warnings;
use IPC::Open2;

my $BEFORE = 'We met at noon.';
my $AFTER = 'It was late.';
my $NEXTPAR = 'Another paragraph follows here.';

sub unescape {
	my $s = shift;
	$s =~ s/\\(.)/$1 eq 'n' ? "\n" : $1 eq 't' ? "\t" : $1 eq 'r' ? "\r" : $1/ge;
	return $s;
}

# The sentences txseg finds in $text, or undef when it fails.
sub sentences {
	my $text = shift;
	my $pid = open2(my $out, my $in, 'txseg', '--no-header', '-');
	binmode $in;
	binmode $out;
	print $in $text;
	close $in;
	my @got;
	while (my $l = <$out>) {
		chomp $l;
		my @c = split /\t/, $l, -1;
		push @got, $c[7];
	}
	waitpid($pid, 0);
	return $? == 0 ? \@got : undef;
}

my $quiet = @ARGV && $ARGV[0] eq '-q' ? shift : 0;
my %n = map { $_ => [0, 0] } qw(alone embedded followed);

sub check {
	my ($how, $id, $text, @want) = @_;
	my $got = sentences($text);
	$n{$how}[1]++;
	if (defined $got && join("\n", @$got) eq join("\n", @want)) {
		$n{$how}[0]++;
		return;
	}
	if ($quiet) {
		print "rule $id $how\n";
		return;
	}
	(my $shown = $text) =~ s/\n/\\n/g;
	print "rule $id $how: $shown\n  want: ", join(' ||| ', @want),
	    "\n  got:  ", defined $got ? join(' ||| ', @$got) : '(failed)', "\n";
}

for my $file (@ARGV) {
	open(my $fh, '<:raw', $file) or die "$file: $!";
	<$fh>;
	while (<$fh>) {
		chomp;
		my ($id, $rule, $input, $expected) = split /\t/, $_, -1;
		$input = unescape($input);
		my @want = map { unescape($_) } split / \|\|\| /, $expected;
		check('alone', $id, $input, @want);
		# A rule made of lines is a paragraph of its own: the
		# sentence before it goes on the line before.
		my $sep = $input =~ /\n./ ? "\n" : ' ';
		(my $body = $input) =~ s/\n+\z//;
		check('embedded', $id, "$BEFORE$sep$body\n\n$NEXTPAR\n",
		    $BEFORE, @want, $NEXTPAR);
		# Only after a sentence end; not after a closing ellipsis
		# (". . . ."), which the rules read as opening the next one.
		next unless $want[-1] =~ /[.!?](?:["')\]]|\xe2\x80[\x99\x9d])*\z/;
		next if $want[-1] =~ /(?:\. ?){4}\z/;
		check('followed', $id, "$BEFORE$sep$body $AFTER\n\n$NEXTPAR\n",
		    $BEFORE, @want, $AFTER, $NEXTPAR);
	}
	close $fh;
}
printf "alone: %d/%d, embedded: %d/%d, followed: %d/%d\n",
    map { @{$n{$_}} } qw(alone embedded followed);
