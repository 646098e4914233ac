#!/usr/bin/perl
# check-offsets.pl SOURCE RECORDS.tsv DROPPED.tsv
# Checks txseg's offsets against the source bytes: every record's [start,
# end) holds the letters and digits of its text (dropped lines inside the
# span aside; a character of the text may stand there k times over, one k
# from 2 to 4 a record: overprinted bold that txseg collapsed), spans come in order without overlap
# but for moved notes (a record that starts before the previous end lies inside
# one earlier record's span: notes that record's sentence runs across, whose
# bytes that record's text leaves out), and every non-blank
# byte of the source is in a record or a dropped line: nothing is lost
# silently.  C0 controls and DEL are white space, as long as their line is
# in a record or dropped.  Prints one line per problem; prints nothing when
# all is well.
use strict;
use warnings;

my ($srcf, $recf, $dropf) = @ARGV;
open(my $fh, '<:raw', $srcf) or die "$srcf: $!";
my $src = do { local $/; <$fh> };
close $fh;
my $masked = $src;
my @cover = (0) x length($src);

sub mark { my ($a, $b) = @_; $cover[$_] = 1 for $a .. $b - 1; }
sub alnum { my $s = shift; $s =~ s/[^A-Za-z0-9\x80-\xff]//g; return $s; }
# Is span (letters and digits) the text's with some characters k times?
sub overprinted {
	my ($span, $text) = @_;
	my @c = $text =~ /([\x00-\x7f]|[\xc0-\xff][\x80-\xbf]*|[\x80-\xbf])/g;
	for my $k (2 .. 4) {
		my $re = join '', map { my $q = quotemeta; "(?:(?:$q){$k}|$q)" } @c;
		return 1 if $span =~ /^$re$/;
	}
	return 0;
}

open(my $dh, '<:raw', $dropf) or die "$dropf: $!";
<$dh>;
while (<$dh>) {
	chomp;
	my @c = split /\t/, $_, -1;
	my ($a, $b) = @c[2, 3];
	substr($masked, $a, $b - $a) = ' ' x ($b - $a);
	mark($a, $b);
}
close $dh;

open(my $rh, '<:raw', $recf) or die "$recf: $!";
<$rh>;
my @rec;
while (<$rh>) {
	chomp;
	my @c = split /\t/, $_, -1;
	push @rec, [@c[5, 6, 7], join("\t", @c[0, 2, 3])];
}
close $rh;
# Records in order; one that starts before the largest end so far is a
# moved note: it must lie in the span of one earlier unit (a sentence, or
# the tokens of one: the records of one doc, par and sent), the last one
# that came in order and starts at or before it, after the notes moved
# behind that unit before it.
my ($prev, $n) = (0, 0);
my (@outer, %hull);	# units in order; their [start, end)
my %in;		# record index -> the unit it lies in
my %nprev;	# unit -> the end of the last note inside it
my $masked2 = $masked;	# the in-order records' view: the notes blanked
for my $i (0 .. $#rec) {
	my ($a, $b, $t, $key) = @{$rec[$i]};
	$n = $i + 1;
	print "record $n: empty span [$a, $b)\n" if $b <= $a;
	if ($a >= $prev) {
		if (!exists $hull{$key}) {
			push @outer, $key;
			$hull{$key} = [$a, $b];
		}
		$hull{$key}[1] = $b;
		$prev = $b;
		next;
	}
	my ($o) = grep { $hull{$_}[0] <= $a } reverse @outer;
	if (!defined $o || $b > $hull{$o}[1] || $a < ($nprev{$o} // 0)) {
		print "record $n: span [$a, $b) starts before the previous end $prev\n";
		next;
	}
	$in{$i} = $o;
	$nprev{$o} = $b;
	substr($masked2, $a, $b - $a) = ' ' x ($b - $a);
}
for my $i (0 .. $#rec) {
	my ($a, $b, $text) = @{$rec[$i]};
	$n = $i + 1;
	next if $b <= $a;
	my $span = substr(exists $in{$i} ? $masked : $masked2, $a, $b - $a);
	if (alnum($span) ne alnum($text) && !overprinted(alnum($span), alnum($text))) {
		print "record $n [$a, $b): text '$text' but source '$span'\n";
	}
	mark($a, $b);
}
for my $i (0 .. length($src) - 1) {
	next if $cover[$i];
	my $c = substr($src, $i, 1);
	next if $c =~ /\s/ || $c eq "\xef" && substr($src, $i, 3) eq "\xef\xbb\xbf";
	next if $i > 0 && $i < 3 && substr($src, 0, 3) eq "\xef\xbb\xbf";
	if ($c =~ /[\x01-\x1f\x7f]/) {
		# A control is white space to txseg: fine beside a record or a
		# dropped line, but a line of nothing else must be dropped.
		my ($a, $b) = ($i, $i);
		$a-- while $a > 0 && substr($src, $a - 1, 1) !~ /[\n\r]/;
		$b++ while $b < length($src) && substr($src, $b, 1) !~ /[\n\r]/;
		next if grep { $cover[$_] } $a .. $b - 1;
	}
	my $line = (substr($src, 0, $i) =~ tr/\n//) + 1;
	print "byte $i (line $line) is in no record and was not dropped\n";
	last;
}
